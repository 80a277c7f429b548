import Foundation

/// With `CITE_TIMING` set in the environment, `cite` writes to stderr at exit where its time
/// inside the process went: from `main` to opening the corpus (argument parsing), and from there
/// to exit (open, query, output), in elapsed and in CPU milliseconds (CPU time hardly changes
/// when other processes load the machine). `Scripts/cite-benchmark` reads it to set the query
/// apart from the process start (loading libraries), which happens before `main`.
enum Timing {
    nonisolated(unsafe) private static var marks: [(elapsed: UInt64, cpu: UInt64)] = []

    /// Starts timing when asked for by the environment; the figures are written at exit.
    static func start() {
        guard getenv("CITE_TIMING") != nil else { return }
        marks = [now()]
        atexit {
            Timing.mark()
            guard Timing.marks.count == 3 else { return }
            let m = Timing.marks
            let ms = { (a: UInt64, b: UInt64) in String(format: "%.2f", Double(b - a) / 1e6) }
            FileHandle.standardError.write(Data(("cite timing: parse \(ms(m[0].elapsed, m[1].elapsed)) ms, query \(ms(m[1].elapsed, m[2].elapsed)) ms; "
                + "cpu parse \(ms(m[0].cpu, m[1].cpu)) ms, query \(ms(m[1].cpu, m[2].cpu)) ms\n").utf8))
        }
    }

    /// Records the moment the corpus is opened (and, at exit, the end).
    static func mark() {
        if !marks.isEmpty { marks.append(now()) }
    }

    private static func now() -> (elapsed: UInt64, cpu: UInt64) {
        func read(_ clock: clockid_t) -> UInt64 {
            var time = timespec()
            clock_gettime(clock, &time)
            return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        }
        return (read(CLOCK_MONOTONIC), read(CLOCK_PROCESS_CPUTIME_ID))
    }
}
