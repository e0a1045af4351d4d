//! The browser entry point: mounts the root component and nothing else.

fn main() {
    // Fetched ahead of use by the first load's boot.js, the full build waits to be mounted
    // (`planner_mount`) when a handover needs it; anywhere else it starts at once.
    if !marsoc_planner::shell::standing_by() {
        marsoc_planner::start();
    }
}
