//! The browser entry point: mounts the root component and nothing else.

fn main() {
    marsoc_planner::start();
}
