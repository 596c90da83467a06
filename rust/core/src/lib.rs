//! ferrograd-core: tensors with shared strided storage, kernels, and a reverse-mode autodiff
//! engine whose derivative rules are ordinary differentiable ops (so higher orders work).
//! No Python here: the binding crate wraps this.
pub mod autograd;
pub mod bufcache;
pub mod dtype;
pub mod error;
pub mod layout;
pub mod mt19937;
pub mod ops;
pub mod par;
pub mod philox;
pub mod random;
pub mod storage;
pub mod tensor;
pub mod torch_normal;

pub use autograd::{is_grad_enabled, run_backward, set_grad_enabled, Backward, Ctx, GradModeGuard};
pub use dtype::DType;
pub use error::{Error, ErrorKind, Result};
pub use ops::binary::{BinOp, CmpOp, LogicOp};
pub use ops::unary::UnaryOp;
pub use tensor::Tensor;

/// torch's capitalised scalar-type names used in error messages (Float, Long, ...).
pub fn dtype_display(dt: DType) -> &'static str {
    match dt {
        DType::Bool => "Bool",
        DType::I32 => "Int",
        DType::I64 => "Long",
        DType::F32 => "Float",
        DType::F64 => "Double",
        DType::F16 => "Half",
        DType::BF16 => "BFloat16",
    }
}
pub fn dtype_display_cap(dt: DType) -> &'static str {
    dtype_display(dt)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_half;
#[cfg(test)]
mod tests_fused;
