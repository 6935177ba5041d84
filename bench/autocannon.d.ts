// The part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Options = { url: string; connections?: number; duration?: number; requests?: Request[]; overallRate?: number };
  type Histogram = { average: number; p50: number; p99: number; max: number; total: number };
  export type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
  export default function autocannon(options: Options): Promise<Result>;
}
