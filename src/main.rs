//! The browser entry point: mounts the root component and nothing else.

fn main() {
    yew::Renderer::<marsoc_planner::App>::new().render();
}
