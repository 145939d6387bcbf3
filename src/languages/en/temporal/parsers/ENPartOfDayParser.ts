/** Parts of the day in focus: "in the morning", "by mid-afternoon", "at midday", "late afternoon". */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";

const CODE: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV" };

export class ENPartOfDayParser extends TemporalParser {
  protected override trigger(): string {
    return "morning|afternoon|evening|midday|noon|midnight";
  }

  protected innerPattern(): string {
    return `(?<mid>midday|noon|midnight)|(?:(?<mod>mid|late|early)[-\\s]?)(?<pod>morning|afternoon|evening)|the\\s+(?<pod2>morning|afternoon|evening)`;
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    const i = match.index!;
    const before = context.text.slice(Math.max(0, i - 8), i);
    if (!g.mod && !/(?:in|by|at|for|during|until|before|after|since|from|through|throughout)\s+$/i.test(before)) return null;
    if (g.mid) return this.result(context, i, match[0], { type: "TIME" }, { hour: /^midn/i.test(g.mid) ? 0 : 12, minute: 0 });
    const pod = CODE[(g.pod ?? g.pod2).toLowerCase()];
    const mod = g.mod ? ({ mid: "MID", late: "END", early: "START" } as Record<string, string>)[g.mod.toLowerCase()] : undefined;
    return this.result(context, i, match[0], { anchor: "previous", offset: "0", pod, type: "TIME", mod }, {});
  }
}
