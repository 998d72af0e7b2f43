// In-process submission load over keep-alive connections (like a reverse
// proxy's upstream pool), recording the outcome of every single attempt, so a
// test can say exactly how each request ended: answered (status code) or
// refused at the connection level (error code). A failed attempt is retried
// with the same id and payload, as a browser's outbox does.
import http from "node:http";
import { submissionFactory, type Submission } from "./payloads";

export type Attempt = { id: string; at: number; status?: number; error?: string };

export type LoadRun = {
  attempts: Attempt[];
  /** Ids answered 201/200, in the order the answers arrived, with the time. */
  acknowledged: { id: string; at: number }[];
  done: Promise<void>;
  stop: () => void;
};

function postOnce(agent: http.Agent, url: URL, body: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: "/api/responses", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

function errorCode(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return err.code ?? err.message ?? String(e);
}

export function startLoad(baseUrl: string, options: { total: number; concurrency: number; seed: number; deadlineMs: number }): LoadRun {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const next = submissionFactory(options.seed);
  const attempts: Attempt[] = [];
  const acknowledged: { id: string; at: number }[] = [];
  const deadline = Date.now() + options.deadlineMs;
  let started = 0;
  let stopped = false;

  async function deliver(s: Submission): Promise<void> {
    const body = JSON.stringify(s);
    while (!stopped && Date.now() < deadline) {
      try {
        const { status } = await postOnce(agent, url, body);
        attempts.push({ id: s.id, at: Date.now(), status });
        if (status === 201 || status === 200) {
          acknowledged.push({ id: s.id, at: Date.now() });
          return;
        }
      } catch (e) {
        attempts.push({ id: s.id, at: Date.now(), error: errorCode(e) });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function worker(): Promise<void> {
    while (!stopped && started < options.total && Date.now() < deadline) {
      started++;
      await deliver(next());
    }
  }

  const done = Promise.all(Array.from({ length: options.concurrency }, worker)).then(() => agent.destroy());
  return { attempts, acknowledged, done, stop: () => (stopped = true) };
}
