//! Elementwise unary ops, casts and clamp: kernels and derivative rules side by side.
use super::kernels::map1;
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::Result;
use crate::storage::{Elem, Float, Num};
use crate::tensor::Tensor;
use crate::{with_compute_float_dtype, with_dtype, with_int_dtype, with_num_dtype};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Abs,
    Exp,
    Log,
    Sqrt,
    Rsqrt,
    Sin,
    Cos,
    Tanh,
    Sigmoid,
    Relu,
    Sign,
    Floor,
    Ceil,
    Round,
    Reciprocal,
    Log1p,
    Expm1,
    Square,
}

impl UnaryOp {
    fn name(self) -> &'static str {
        match self {
            UnaryOp::Neg => "NegBackward0",
            UnaryOp::Abs => "AbsBackward0",
            UnaryOp::Exp => "ExpBackward0",
            UnaryOp::Log => "LogBackward0",
            UnaryOp::Sqrt => "SqrtBackward0",
            UnaryOp::Rsqrt => "RsqrtBackward0",
            UnaryOp::Sin => "SinBackward0",
            UnaryOp::Cos => "CosBackward0",
            UnaryOp::Tanh => "TanhBackward0",
            UnaryOp::Sigmoid => "SigmoidBackward0",
            UnaryOp::Relu => "ReluBackward0",
            UnaryOp::Sign => "SignBackward0",
            UnaryOp::Floor => "FloorBackward0",
            UnaryOp::Ceil => "CeilBackward0",
            UnaryOp::Round => "RoundBackward0",
            UnaryOp::Reciprocal => "ReciprocalBackward0",
            UnaryOp::Log1p => "Log1PBackward0",
            UnaryOp::Expm1 => "Expm1Backward0",
            UnaryOp::Square => "PowBackward0",
        }
    }
    /// Ops that keep integer dtypes (the rest compute in float).
    fn keeps_int(self) -> bool {
        matches!(self, UnaryOp::Neg | UnaryOp::Abs | UnaryOp::Relu | UnaryOp::Sign | UnaryOp::Square
            | UnaryOp::Floor | UnaryOp::Ceil | UnaryOp::Round)
    }
}

fn num_kernel<T: Num>(op: UnaryOp, x: &Tensor) -> Tensor {
    match op {
        UnaryOp::Neg => map1(x, |v: T| -v),
        UnaryOp::Abs => map1(x, |v: T| v.abs_()),
        UnaryOp::Relu => map1(x, |v: T| if v > T::ZERO { v } else { T::ZERO }),
        UnaryOp::Sign => map1(x, |v: T| if v > T::ZERO { T::ONE } else if v < T::ZERO { -T::ONE } else { T::ZERO }),
        UnaryOp::Square => map1(x, |v: T| v * v),
        _ => map1(x, |v: T| v),
    }
}

fn float_kernel<T: Float>(op: UnaryOp, x: &Tensor) -> Tensor {
    match op {
        UnaryOp::Exp => map1(x, |v: T| v.exp()),
        UnaryOp::Log => map1(x, |v: T| v.ln()),
        UnaryOp::Sqrt => map1(x, |v: T| v.sqrt()),
        UnaryOp::Rsqrt => map1(x, |v: T| T::ONE / v.sqrt()),
        UnaryOp::Sin => map1(x, |v: T| v.sin()),
        UnaryOp::Cos => map1(x, |v: T| v.cos()),
        UnaryOp::Tanh => map1(x, |v: T| v.tanh()),
        UnaryOp::Sigmoid => map1(x, |v: T| T::ONE / (T::ONE + (-v).exp())),
        UnaryOp::Floor => map1(x, |v: T| T::from_f64(v.to_f64().floor())),
        UnaryOp::Ceil => map1(x, |v: T| T::from_f64(v.to_f64().ceil())),
        UnaryOp::Round => map1(x, |v: T| T::from_f64(round_half_even(v.to_f64()))),
        UnaryOp::Reciprocal => map1(x, |v: T| T::ONE / v),
        UnaryOp::Log1p => map1(x, |v: T| v.log1p()),
        UnaryOp::Expm1 => map1(x, |v: T| v.exp_m1()),
        _ => num_kernel::<T>(op, x),
    }
}

fn round_half_even(v: f64) -> f64 {
    let r = v.round();
    if (v - v.trunc()).abs() == 0.5 {
        2.0 * (v / 2.0).round()
    } else {
        r
    }
}

impl Tensor {
    pub fn unary(&self, op: UnaryOp) -> Result<Tensor> {
        let mut dt = self.dtype();
        if dt == DType::Bool || (!dt.is_float() && !op.keeps_int()) {
            dt = if op.keeps_int() { DType::I64 } else { DType::F32 };
        }
        // half types compute in float32 and round once (sigmoid, rsqrt chain several steps)
        let x = self.to_dtype_nograd(dt.compute());
        let out = if dt.is_float() {
            with_compute_float_dtype!(dt.compute(), T, float_kernel::<T>(op, &x)).to_dtype_nograd(dt)
        } else {
            with_int_dtype!(dt, T, num_kernel::<T>(op, &x))
        };
        Ok(Tensor::record(out, op.name(), &[self], |out| {
            // rules written with the output do not keep the input alive (torch saves `result`)
            let mut rule = UnaryRule { op, x: self.clone(), out: out.clone() };
            if rule.uses_output() {
                rule.x = out.clone();
            }
            Box::new(rule)
        }))
    }
    pub fn neg(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Neg)
    }
    pub fn exp(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Exp)
    }
    pub fn log(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Log)
    }
    pub fn sqrt(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Sqrt)
    }
    pub fn sin(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Sin)
    }
    pub fn cos(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Cos)
    }
    pub fn tanh(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Tanh)
    }
    pub fn sigmoid(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Sigmoid)
    }
    pub fn relu(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Relu)
    }
    pub fn abs(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Abs)
    }
    pub fn sign(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Sign)
    }

    /// Cast without recording (kernels and masks).
    pub fn to_dtype_nograd(&self, dt: DType) -> Tensor {
        if dt == self.dtype() {
            return self.clone();
        }
        with_dtype!(self.dtype(), S, with_dtype!(dt, D, map1(self, |v: S| D::from_f64(v.to_f64()))))
    }
    /// Differentiable cast (ToCopyBackward0).
    pub fn to_dtype(&self, dt: DType) -> Result<Tensor> {
        if dt == self.dtype() {
            return Ok(self.clone());
        }
        let out = self.to_dtype_nograd(dt);
        if !dt.is_float() {
            return Ok(out);
        }
        Ok(Tensor::record(out, "ToCopyBackward0", &[self], |_| Box::new(IdentityRule)))
    }
    /// A fresh contiguous copy, no history.
    pub fn contiguous_copy(&self) -> Tensor {
        with_dtype!(self.dtype(), T, Tensor::from_vec(self.to_vec::<T>(), self.shape()))
    }
    /// Differentiable copy (CloneBackward0).
    pub fn clone_tensor(&self) -> Result<Tensor> {
        let out = self.contiguous_copy();
        Ok(Tensor::record(out, "CloneBackward0", &[self], |_| Box::new(IdentityRule)))
    }
    /// Contiguous tensor: self if already contiguous, else a recorded copy.
    pub fn contiguous(&self) -> Result<Tensor> {
        if self.is_contiguous() {
            Ok(self.clone())
        } else {
            self.clone_tensor()
        }
    }

    /// clamp with optional scalar bounds (ClampBackward1 / ClampMinBackward0 / ClampMaxBackward0).
    pub fn clamp(&self, min: Option<f64>, max: Option<f64>) -> Result<Tensor> {
        let dt = self.dtype();
        let x = self.to_dtype_nograd(if dt == DType::Bool { DType::I64 } else { dt });
        let (lo, hi) = (min.unwrap_or(f64::NEG_INFINITY), max.unwrap_or(f64::INFINITY));
        let out = with_num_dtype!(x.dtype(), T, map1(&x, move |v: T| {
            let f = v.to_f64();
            if f != f { v } else if f < lo { T::from_f64(lo) } else if f > hi { T::from_f64(hi) } else { v }
        }));
        let name = match (min, max) {
            (Some(_), None) => "ClampMinBackward0",
            (None, Some(_)) => "ClampMaxBackward0",
            _ => "ClampBackward1",
        };
        Ok(Tensor::record(out, name, &[self], |_| Box::new(ClampRule { x: self.clone(), lo, hi })))
    }
}

pub(crate) struct IdentityRule;
impl Backward for IdentityRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        Ok(vec![Some(g.clone())])
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

struct UnaryRule {
    op: UnaryOp,
    x: Tensor,
    out: Tensor,
}

impl Backward for UnaryRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let x = &self.x;
        let gi = match self.op {
            UnaryOp::Neg => g.neg()?,
            UnaryOp::Abs => g.mul(&x.sign()?.to_dtype_nograd(g.dtype()))?,
            UnaryOp::Exp => g.mul(&cx.output(&self.out))?,
            UnaryOp::Log => g.div(x)?,
            UnaryOp::Sqrt => g.div(&cx.output(&self.out).mul_scalar(2.0)?)?,
            UnaryOp::Rsqrt => {
                let o = cx.output(&self.out);
                g.mul(&o.mul(&o)?.mul(&o)?)?.mul_scalar(-0.5)?
            }
            UnaryOp::Sin => g.mul(&x.cos()?)?,
            UnaryOp::Cos => g.mul(&x.sin()?)?.neg()?,
            UnaryOp::Tanh => {
                let o = cx.output(&self.out);
                g.mul(&Tensor::scalar(1.0, o.dtype()).sub(&o.mul(&o)?)?)?
            }
            UnaryOp::Sigmoid => {
                let o = cx.output(&self.out);
                g.mul(&o.mul(&Tensor::scalar(1.0, o.dtype()).sub(&o)?)?)?
            }
            UnaryOp::Relu => Tensor::relu_backward(g, &self.out)?,
            UnaryOp::Sign | UnaryOp::Floor | UnaryOp::Ceil | UnaryOp::Round => g.zeros_like(),
            UnaryOp::Reciprocal => {
                let o = cx.output(&self.out);
                g.mul(&o.mul(&o)?)?.neg()?
            }
            UnaryOp::Log1p => g.div(&x.add_scalar(1.0)?)?,
            UnaryOp::Expm1 => g.mul(&cx.output(&self.out).add_scalar(1.0)?)?,
            UnaryOp::Square => g.mul(&x.mul_scalar(2.0)?)?,
        };
        Ok(vec![Some(gi)])
    }
    fn saves_tensors(&self) -> bool {
        !matches!(self.op, UnaryOp::Neg | UnaryOp::Sign | UnaryOp::Floor | UnaryOp::Ceil | UnaryOp::Round)
    }
    fn saves_input(&self, _i: usize) -> bool {
        self.saves_tensors() && !self.uses_output()
    }
    fn saves_output(&self) -> bool {
        self.uses_output()
    }
}

impl UnaryRule {
    /// Rules written in terms of the op's result rather than its input (as torch saves them).
    fn uses_output(&self) -> bool {
        matches!(
            self.op,
            UnaryOp::Exp | UnaryOp::Sqrt | UnaryOp::Rsqrt | UnaryOp::Tanh | UnaryOp::Sigmoid
                | UnaryOp::Relu | UnaryOp::Reciprocal | UnaryOp::Expm1
        )
    }
}

struct ClampRule {
    x: Tensor,
    lo: f64,
    hi: f64,
}
impl Backward for ClampRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let (lo, hi) = (self.lo, self.hi);
        let mask = with_dtype!(self.x.dtype(), T, map1(&self.x, move |v: T| {
            // torch's scalar clamp passes the gradient only strictly inside the bounds
            let f = v.to_f64();
            (lo == f64::NEG_INFINITY || f > lo) && (hi == f64::INFINITY || f < hi)
        }));
        Ok(vec![Some(g.where_(&mask, &Tensor::scalar(0.0, g.dtype()))?)])
    }
}
