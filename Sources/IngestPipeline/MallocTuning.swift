#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set for a short process that builds a document's model and drops it: the
/// stages allocate millions of small objects from a cooperative thread, whose own arena glibc
/// grows a page or so at a time (thousands of `mprotect` calls per document), and large arrays
/// get fresh `mmap`ed pages each time. One arena, grown 16 MB at a time, never trimmed below
/// 256 MB, with arrays under 64 MB taken from it, saves those system calls and page faults; no
/// fast bins (the thread cache still serves small sizes) spares the consolidation of those bins
/// that every large allocation triggered. The peak resident size stays what the document needs.
public enum MallocTuning {
    /// `mallopt`'s parameters (glibc's malloc.h, which the Glibc module does not export).
    private static let settings: [(parameter: Int32, value: Int32)] = [
        (-8, 1),          // M_ARENA_MAX
        (-2, 16 << 20),   // M_TOP_PAD
        (-1, 256 << 20),  // M_TRIM_THRESHOLD
        (-3, 64 << 20),   // M_MMAP_THRESHOLD
        (1, 0),           // M_MXFAST
    ]

    /// Call first thing in `main`, before other threads allocate. Does nothing without glibc.
    public static func apply() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        for setting in settings { _ = mallopt(setting.parameter, setting.value) }
        #endif
    }
}
