/** The frame of every page: header with navigation, main landmark, footer; the stylesheet inline. */
import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import { CSS } from "./style";

export interface LayoutProps {
  title: string;
  siteTitle: string;
  /** <link rel="alternate"> feeds of this view, for feed readers' discovery. */
  alternates?: { title: string; type: string; href: string }[];
  children?: Child;
}

export function Layout(props: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {(props.alternates ?? []).map((a) => (
          <link rel="alternate" type={a.type} title={a.title} href={a.href} />
        ))}
        <style>{raw(CSS)}</style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="/">{props.siteTitle}</a>
          <nav aria-label="Site">
            <ul>
              <li><a href="/">Timeline</a></li>
              <li><a href="/feed.xml">RSS</a></li>
              <li><a href="/feed.ics">Calendar</a></li>
              <li><a href="/openapi.json">API</a></li>
            </ul>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site">
          Dated incidents extracted from news articles and merged across sources. Quotes belong to their publishers.
        </footer>
      </body>
    </html>
  );
}
