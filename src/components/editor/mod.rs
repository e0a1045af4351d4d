//! The scenario editor (helper-owned; replaced by the real editor).
use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let _ = props;
    html! { <section class="editor" aria-labelledby="editor-heading"><h2 id="editor-heading">{ "Scenario" }</h2></section> }
}
