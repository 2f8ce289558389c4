fn main() -> std::process::ExitCode {
    iop_check::main(STDOUT_CLOSED_AT_START.load(std::sync::atomic::Ordering::SeqCst))
}

/// Whether fd 1 was closed when the process started. The Rust runtime opens
/// /dev/null on a closed stdout before `main`, which would make
/// `iop-check summary >&-` lose its output and exit 0; this looks first.
static STDOUT_CLOSED_AT_START: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Runs before the Rust runtime's start-up (an ELF constructor), when fd 1
/// is still as the parent left it.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd"))]
#[used]
#[unsafe(link_section = ".init_array")]
static LOOK_AT_STDOUT: extern "C" fn() = {
    extern "C" fn look() {
        // SAFETY: fcntl(F_GETFD) only asks about a descriptor.
        if unsafe { libc::fcntl(1, libc::F_GETFD) } == -1 {
            STDOUT_CLOSED_AT_START.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }
    look
};
