//! The funded posts, one card each, and adding or removing them.

use planner_engine::defaults::ILLUSTRATIVE_SPLIT_NOTE;
use planner_engine::edit::Change;
use planner_engine::Money;
use planner_view::format::pounds;
use yew::prelude::*;

use super::post_card::PostCard;
use super::{focus, StateProps};
use crate::hooks::slices::use_growing;
use crate::state::Action;

/// Post cards drawn between two paints: a screenful and more.
const CARDS_PER_PAINT: usize = 60;

/// "Add a post" and "Paste posts": the paste preview is in the full build, so the first
/// load hands over to it.
#[cfg(feature = "full")]
fn buttons(props: &StateProps, onadd: Callback<MouseEvent>) -> Html {
    html! { <super::paste_posts::PasteArea state={props.state.clone()} dispatch={props.dispatch.clone()} {onadd} /> }
}

#[cfg(not(feature = "full"))]
fn buttons(_: &StateProps, onadd: Callback<MouseEvent>) -> Html {
    super::add_and_paste(
        ("Add a post", onadd, NodeRef::default()),
        ("Paste posts", "paste-posts"),
        crate::state::Opening::PastePosts,
    )
}

#[component]
pub fn Posts(props: &StateProps) -> Html {
    let heading = use_node_ref();
    let scenario = &props.state.scenario;
    // Built posts count at their modelled cost, never £0.
    let total: Money = scenario.modelled_annual_costs();
    // Five posts read best open; hundreds (a national plan) read and lay out best closed.
    let open_cards = scenario.posts.len() <= 12;
    // Hundreds of cards are drawn a screenful after each paint, not in one long task.
    let shown = use_growing(scenario.posts.len(), CARDS_PER_PAINT);
    let count = match scenario.posts.len() {
        1 => "1 post".to_string(),
        n => format!("{n} posts"),
    };
    let onremove = {
        let (dispatch, heading) = (props.dispatch.clone(), heading.clone());
        Callback::from(move |i: usize| {
            // The card goes away with the button that had focus: start again from the list.
            focus(&heading);
            dispatch.emit(Action::Change(Change::RemovePost(i)));
        })
    };
    let onadd = props.dispatch.reform(|_: MouseEvent| Action::Change(Change::AddPost));
    // The paste preview is in the full build: the first load hands over to open it.
    html! {
        <section class="editor-group" aria-labelledby="editor-posts">
            <h3 id="editor-posts" tabindex="-1" ref={heading}>{ "Posts" }</h3>
            <p class="editor-note">{ ILLUSTRATIVE_SPLIT_NOTE }</p>
            <p class="field-hint">
                { format!("{count}; their annual costs add up to {}. ", pounds(total)) }
                { "Annual cost is salary and on-costs for a year at 1 FTE, before pay awards. \
                   Backfill is the cost of the core PIU role the officer left, met from the retained budget." }
            </p>
            // Keyed items sit alone in their parent: Yew reorders a list that mixes them with
            // other elements by recreating those elements, which would lose focus.
            <div class="item-list">
                { for scenario.posts.iter().take(shown).enumerate().map(|(i, post)| html! {
                    <PostCard
                        key={post.id.clone()}
                        state={props.state.clone()}
                        index={i}
                        dispatch={props.dispatch.clone()}
                        onremove={onremove.clone()}
                        open={open_cards}
                    />
                }) }
            </div>
            if shown < scenario.posts.len() {
                <p class="field-hint">{ format!("Listing the posts: {shown} of {} shown.", scenario.posts.len()) }</p>
            }
            { buttons(props, onadd) }
        </section>
    }
}
