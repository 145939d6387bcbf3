/** The pages' own small stylesheet: light and dark through prefers-color-scheme, readable widths, visible focus. */
export const CSS = `
:root{color-scheme:light dark;--bg:#fbfbf8;--fg:#1d1f21;--muted:#5a5f66;--line:#d9dcd3;--card:#ffffff;--accent:#0b5cad;--chip:#eef2f7;--ok:#1f6f3f;--warn:#8a5a00;--no:#a12a2a}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e8e6e3;--muted:#a3a9b1;--line:#33373d;--card:#1d2024;--accent:#7cb7ff;--chip:#262b31;--ok:#7fd39d;--warn:#f0c36b;--no:#ff9b9b}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem;z-index:2}
header.site,footer.site{border-bottom:1px solid var(--line);padding:.75rem 1rem}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.9rem;margin-top:3rem}
header.site .brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:var(--fg)}
header.site nav ul,ul.inline{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:baseline}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
h2.month{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid var(--line);position:sticky;top:0;background:var(--bg)}
h3.day{font-size:1rem;color:var(--muted);margin:1.25rem 0 .5rem;font-weight:600}
form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem 1rem;padding:1rem;background:var(--card);border:1px solid var(--line);border-radius:.5rem}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
form.filters input,form.filters select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:.3rem;padding:.3rem .4rem;margin-top:.15rem}
form.filters .actions{display:flex;gap:.75rem;align-items:end}
button{font:inherit;background:var(--accent);color:var(--bg);border:0;border-radius:.3rem;padding:.4rem .9rem;cursor:pointer}
.feeds{margin:.75rem 0;font-size:.9rem;color:var(--muted)}
.summary{color:var(--muted);margin:.75rem 0}
article.incident{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:.5rem 0}
article.incident h4{margin:0 0 .25rem;font-size:1.05rem}
.meta{font-size:.9rem;color:var(--muted);margin:.2rem 0}
.chip{display:inline-block;background:var(--chip);border-radius:1rem;padding:0 .55rem;font-size:.8rem;margin-right:.3rem}
.status-happened{color:var(--ok)}.status-planned,.status-reported{color:var(--warn)}.status-denied{color:var(--no)}
details{margin-top:.4rem}summary{cursor:pointer;color:var(--accent)}
blockquote{margin:.4rem 0 .6rem;padding-left:.75rem;border-left:3px solid var(--line)}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;margin:1rem 0}
.source{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem}
.source h3{margin:0 0 .25rem;font-size:1rem}
.pager{display:flex;justify-content:space-between;margin:1rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.empty{padding:2rem;text-align:center;color:var(--muted)}
`;
