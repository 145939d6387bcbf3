import { describe, expect, it } from "vitest";
import { dateLabel, itemTitle } from "../../src/feeds/incident-view";

const d = (value: string, start: string, end: string) => ({ date: { value, start, end, granularity: "day" } });

describe("readable incident dates in feed items", () => {
  it("shows a plain day as is", () => expect(dateLabel(d("2023-09-10", "2023-09-10", "2023-09-10"))).toBe("2023-09-10"));
  it("names the part of day instead of the TimeML suffix", () => {
    expect(dateLabel(d("2023-09-10TAF", "2023-09-10", "2023-09-10"))).toBe("2023-09-10 (afternoon)");
    expect(dateLabel(d("2023-09-12TNI", "2023-09-12", "2023-09-12"))).toBe("2023-09-12 (night)");
  });
  it("shows a range of days as a range", () =>
    expect(dateLabel(d("2023-09-10", "2023-09-10", "2023-09-13"))).toBe("2023-09-10 – 2023-09-13"));
  it("spells out the span of weeks and seasons, not of months and years", () => {
    expect(dateLabel(d("2023-W37", "2023-09-11", "2023-09-17"))).toBe("2023-W37 (2023-09-11 – 2023-09-17)");
    expect(dateLabel(d("2023-SU", "2023-06-21", "2023-09-22"))).toBe("2023-SU (2023-06-21 – 2023-09-22)");
    expect(dateLabel(d("2023-07", "2023-07-01", "2023-07-31"))).toBe("2023-07");
    expect(dateLabel(d("2019", "2019-01-01", "2019-12-31"))).toBe("2019");
  });
  it("prefixes the item title with the label", () =>
    expect(itemTitle({ ...d("2023-09-10TEV", "2023-09-10", "2023-09-10"), title: "Kim Jong-un quitte Pyongyang" })).toBe(
      "2023-09-10 (evening): Kim Jong-un quitte Pyongyang",
    ));
});
