//! The Compare page's model ([`ComparePage`], from the view crate) for the components that
//! show it: memoised on the workspace, and equal when made from the same workspace, so
//! props compare by pointer rather than figure by figure.

use std::ops::Deref;
use std::rc::Rc;

use planner_view::compare_page::ComparePage;

use crate::workspace::Workspace;

pub struct Compared {
    workspace: Rc<Workspace>,
    page: ComparePage,
}

impl Compared {
    pub fn new(workspace: Rc<Workspace>) -> Compared {
        let page = ComparePage::new(workspace.entries.iter().map(|e| &*e.scenario));
        Compared { workspace, page }
    }
}

impl Deref for Compared {
    type Target = ComparePage;

    fn deref(&self) -> &ComparePage {
        &self.page
    }
}

impl PartialEq for Compared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.workspace, &other.workspace)
    }
}
