// The part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  interface Options { url: string; connections?: number; duration?: number; headers?: Record<string, string>; method?: string; body?: string }
  interface Histogram { average: number; p50: number; p99: number; mean: number }
  interface Result { requests: Histogram; latency: Histogram; "2xx": number; "3xx": number; "4xx": number; "5xx": number; errors: number; timeouts: number }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
