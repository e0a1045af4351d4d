//! Meeting mode: the comparison as slides on the projector, full screen, moved through with
//! the keyboard (← → PageUp PageDown Space, Home End; Esc leaves) or the buttons beneath.
//! The order of the slides and what each key does come from `planner_view::present`.

mod screen;
mod slide;

use std::rc::Rc;

use planner_view::decide::DecisionFigures;
use planner_view::present::{counter, deck, with_parts, Nav};
use yew::prelude::*;

use crate::components::shared::compared::Compared;

/// Which slide is shown: a reducer, so the window's key listener (set up once) always
/// moves from the slide shown now.
#[derive(PartialEq)]
struct Position {
    at: usize,
    count: usize,
}

impl Reducible for Position {
    type Action = Nav;

    fn reduce(self: Rc<Self>, nav: Nav) -> Rc<Self> {
        match nav.apply(self.at, self.count) {
            Some(at) if at != self.at => Rc::new(Position { at, count: self.count }),
            _ => self,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub compared: Rc<Compared>,
    /// The decision figures with the confirmed assumptions (the last slides); none before.
    pub decision: Rc<Option<DecisionFigures>>,
    /// Meeting mode is over (Esc, the Leave button, or full screen left).
    pub onclose: Callback<()>,
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let c = &props.compared;
    // What each option changes and its warnings share its "what changes" slides.
    let items: Vec<usize> = (0..c.options()).map(|i| slide::items(c, i).len()).collect();
    let noted: Vec<bool> = (0..c.options()).map(|i| c.option_note(i).is_some()).collect();
    let confirmed = props.decision.is_some();
    let parts: Vec<bool> = c.parts.iter().map(Option::is_some).collect();
    let slides = use_memo((c.options(), items, noted, confirmed, parts), |(n, items, noted, yes, parts)| {
        with_parts(deck(*n, items, noted, *yes), parts)
    });
    let position = use_reducer(|| Position { at: 0, count: slides.len() });
    let container = use_node_ref();
    let region = use_node_ref();
    {
        let (container, region) = (container.clone(), region.clone());
        let (go, close) = (position.dispatcher(), props.onclose.clone());
        use_effect_with((), move |_| {
            let session = screen::open(&container, &region, go, close);
            move || drop(session)
        });
    }
    // Another tab's save can change the options while presenting: stay within the deck.
    let at = position.at.min(slides.len().saturating_sub(1));
    let Some(slide) = slides.get(at).copied() else { return Html::default() };
    let go = |nav: Nav| {
        let to = position.dispatcher();
        Callback::from(move |_: MouseEvent| to.dispatch(nav))
    };
    html! {
        <div class="presentation" ref={container} role="dialog" aria-modal="true" aria-labelledby="slide-title">
            <div class="slide-head" aria-live="polite" aria-atomic="true">
                <h2 id="slide-title" class="slide-title">{ slide::title_html(c, slide, confirmed) }</h2>
                <p class="slide-counter">
                    <span class="visually-hidden">{ "Slide " }</span>{ counter(at, slides.len()) }
                </p>
            </div>
            <section class="slide" ref={region} tabindex="0" aria-labelledby="slide-title">
                { slide::body(c, props.decision.as_ref().as_ref(), slide) }
            </section>
            <nav class="slide-nav" aria-label="Slides">
                <button type="button" class="button button--secondary" onclick={go(Nav::Previous)}>{ "← Previous" }</button>
                <button type="button" class="button button--secondary" onclick={go(Nav::Next)}>{ "Next →" }</button>
                <button type="button" class="button button--secondary" onclick={props.onclose.reform(|_| ())}>
                    { "Leave meeting mode (Esc)" }
                </button>
            </nav>
        </div>
    }
}
