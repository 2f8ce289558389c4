fn main() -> std::process::ExitCode {
    iop_check::main()
}
