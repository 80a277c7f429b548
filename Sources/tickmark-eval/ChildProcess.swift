#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A whole process run to its end: wall time and the child's own peak memory (`wait4`'s
/// rusage), so both sides of a benchmark are measured the same way, start-up included.
struct ChildRun: Sendable {
    var seconds: Double
    var peakMegabytes: Double
    var exitStatus: Int32
}

enum ChildProcess {
    /// Runs `arguments[0]` (looked up on PATH) with its output sent to /dev/null; nil when it
    /// cannot be started.
    static func run(_ arguments: [String]) -> ChildRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let clock = ContinuousClock()
        let start = clock.now
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = (clock.now - start).seconds
        #if canImport(Darwin)
        let megabytes = Double(usage.ru_maxrss) / 1_048_576
        #else
        let megabytes = Double(usage.ru_maxrss) / 1024
        #endif
        let exited = status & 0x7f == 0
        return ChildRun(seconds: seconds, peakMegabytes: megabytes, exitStatus: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
    }
}
