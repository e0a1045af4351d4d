//! A link opened over saved work: the page says what the link holds and asks before
//! anything changes. Focus moves to the question so keyboard and screen reader users
//! meet it first; the choice removes the link from the address so a reload does not ask again.

use yew::prelude::*;

use super::set_offer::SetOffer;
use super::WorkspaceProps;
use crate::hooks::address::forget_fragment;
use crate::state::{Action, LinkState, Open};

#[component]
pub fn LinkOffer(props: &WorkspaceProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| crate::components::editor::focus(&heading));
    }
    let LinkState::Offered(set) = &props.state.link else { return html! {} };
    let onchoose = {
        let set = set.clone();
        props.dispatch.reform(move |open: Open| {
            forget_fragment();
            Action::OpenSet(set.clone(), open)
        })
    };
    html! {
        <section class="link-offer" aria-labelledby="link-offer-heading">
            <h2 id="link-offer-heading" tabindex="-1" ref={heading}>{ "You opened a link to some scenarios" }</h2>
            <SetOffer set={set.clone()} source="link" own={props.state.workspace.len()} {onchoose} />
        </section>
    }
}
