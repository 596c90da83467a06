//! Every op: forward kernel and derivative rule side by side, one file per family.
pub mod binary;
pub mod flavor_ms_matmul;
pub mod flavor_ms_nn;
pub mod flavor_tf_matmul;
pub mod flavor_torch;
pub mod flavors;
pub mod index;
pub mod kernels;
pub mod matmul;
pub mod nn;
pub mod reduce;
pub mod shape;
pub mod scan;
pub mod torch_nll;
pub mod sort;
pub mod torch_sum;
pub mod unary;
