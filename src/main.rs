//! The `figcheck` binary: a thin CLI over the library.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
