//! Iterative drop of autograd graphs. Dropping the last handle of a long chain of nodes (a loss tensor summed
//! over many steps, a deep unrolled loop) would otherwise recurse once per node (node -> edge -> node, or
//! node -> saved tensor -> its node) and overflow the thread's stack. The outermost Node drop drains a
//! thread-local queue; nodes dropped while it runs only hand their edges and rule to that queue.
use crate::autograd::{Backward, Edge, Node};
use std::cell::RefCell;

enum Pending {
    Rule(#[allow(dead_code)] Box<dyn Backward>),
    Edge(#[allow(dead_code)] Edge),
}

// (a drain is running on this thread, parts handed to it); the Vec keeps its allocation.
thread_local!(static QUEUE: RefCell<(bool, Vec<Pending>)> = const { RefCell::new((false, Vec::new())) });

impl Drop for Node {
    fn drop(&mut self) {
        let rule = match self.rule.get_mut() {
            Ok(r) => r.take(),
            Err(e) => e.into_inner().take(),
        };
        let next = std::mem::take(&mut self.next);
        if rule.is_none() && next.is_empty() {
            return;
        }
        let mut parts = Some((rule, next));
        // Ok(true): a drain further up this thread's stack took the parts; Ok(false): this drop
        // is the outermost one and drains (no allocation per node: the hot path of every op)
        let nested = QUEUE.try_with(|q| {
            let mut q = q.borrow_mut();
            if q.0 {
                let (rule, next) = parts.take().unwrap();
                q.1.extend(rule.map(Pending::Rule));
                q.1.extend(next.into_iter().flatten().map(Pending::Edge));
                true
            } else {
                q.0 = true;
                false
            }
        });
        match nested {
            Ok(true) => return,
            Err(_) => return drop(parts), // thread teardown: plain (recursive) drop
            Ok(false) => {}
        }
        drop(parts); // nodes dropped by this queue their own parts
        while let Some(item) = QUEUE.with(|q| q.borrow_mut().1.pop()) {
            drop(item);
        }
        QUEUE.with(|q| q.borrow_mut().0 = false);
    }
}

#[cfg(test)]
mod tests {
    use crate::tensor::Tensor;

    /// A chain of 200k nodes (a loss summed over many steps) drops without overflowing the stack,
    /// also from a thread with a small stack.
    #[test]
    fn a_long_chain_drops_iteratively() {
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let x = crate::tests::t64(&[1.0], &[1]);
                let mut total = x.clone();
                for _ in 0..200_000 {
                    total = total.add(&x).unwrap();
                }
                assert_eq!(total.to_f64_vec(), vec![200_001.0]);
                drop(total);
            })
            .unwrap()
            .join()
            .unwrap();
        let _ = Tensor::scalar(0.0, crate::dtype::DType::F32);
    }
}
