//! Broadcasting binary ops: forward kernels and their derivative rules side by side.
use super::kernels::{map2, update2};
use crate::autograd::{Backward, Ctx, Edge};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::broadcast_shapes;
use crate::storage::{Elem, Num};
use crate::tensor::Tensor;
use crate::{with_compute_dtype, with_compute_float_dtype, with_dtype, with_int_dtype};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Maximum,
    Minimum,
    Rem,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicOp {
    And,
    Or,
    Xor,
}

/// torch's result_type for two tensors: 0-d tensors only count when of a higher category.
pub fn result_type(a: &Tensor, b: &Tensor) -> DType {
    let (da, db) = (a.dtype(), b.dtype());
    if (a.ndim() == 0) == (b.ndim() == 0) {
        return DType::promote(da, db);
    }
    let (dim, zero) = if a.ndim() == 0 { (db, da) } else { (da, db) };
    if zero.category() > dim.category() {
        zero
    } else {
        dim
    }
}

fn kernel<T: Num>(op: BinOp, a: &Tensor, b: &Tensor, shape: &[usize]) -> Tensor {
    match op {
        BinOp::Add => map2(a, b, shape, |x: T, y: T| x + y),
        BinOp::Sub => map2(a, b, shape, |x: T, y: T| x - y),
        BinOp::Mul => map2(a, b, shape, |x: T, y: T| x * y),
        BinOp::Div => map2(a, b, shape, |x: T, y: T| x / y),
        BinOp::Pow => map2(a, b, shape, |x: T, y: T| x.pow_(y)),
        // NaN propagates as in torch.
        BinOp::Maximum => map2(a, b, shape, |x: T, y: T| if x != x || x > y { x } else { y }),
        BinOp::Minimum => map2(a, b, shape, |x: T, y: T| if x != x || x < y { x } else { y }),
        BinOp::Rem => map2(a, b, shape, |x: T, y: T| {
            let (fx, fy) = (x.to_f64(), y.to_f64());
            let r = fx - (fx / fy).floor() * fy;
            T::from_f64(r)
        }),
        BinOp::FloorDiv => map2(a, b, shape, |x: T, y: T| T::from_f64((x.to_f64() / y.to_f64()).floor())),
    }
}

impl Tensor {
    pub fn binary(&self, other: &Tensor, op: BinOp) -> Result<Tensor> {
        // same shapes (the common case) need no broadcast shape vector
        let bshape;
        let shape: &[usize] = if self.shape() == other.shape() {
            self.shape()
        } else {
            bshape = broadcast_shapes(self.shape(), other.shape())?;
            &bshape
        };
        let mut dt = result_type(self, other);
        if op == BinOp::Div && !dt.is_float() {
            dt = DType::F32;
        }
        // two bools: add/max are `or`, mul/min `and`, sub `xor` (MindSpore; torch refuses it in
        // the binding), computed on 0/1 and kept bool (the frameworks' result type); pow, % and
        // // have no bool kernel
        let cdt = if dt == DType::Bool {
            let name = match op {
                BinOp::Pow => "pow",
                BinOp::Rem => "remainder_cpu",
                BinOp::FloorDiv => "div_floor_cpu",
                _ => "",
            };
            if !name.is_empty() {
                return Err(Error::runtime(format!("\"{name}\" not implemented for 'Bool'")));
            }
            DType::I64
        } else {
            dt.compute()
        };
        // half types: float32 operands and one rounding of the result. As in torch on CPU, mul
        // and div keep a float32 operand (a wrapped Python number) in float32 (opmath); the
        // other ops first cast both operands to the half type.
        let half_first = dt.is_half() && !matches!(op, BinOp::Mul | BinOp::Div);
        let prep = |t: &Tensor| if half_first { t.to_dtype_nograd(dt).to_dtype_nograd(cdt) } else { t.to_dtype_nograd(cdt) };
        let (ca, cb);
        let a = if self.dtype() == cdt && !half_first { self } else { ca = prep(self); &ca };
        let b = if other.dtype() == cdt && !half_first { other } else { cb = prep(other); &cb };
        let out = with_compute_dtype!(cdt, T, kernel::<T>(op, a, b, shape)).to_dtype_nograd(dt);
        let name = match op {
            BinOp::Add => "AddBackward0",
            BinOp::Sub => "SubBackward0",
            BinOp::Mul => "MulBackward0",
            BinOp::Div => "DivBackward0",
            BinOp::Pow => "PowBackward1",
            BinOp::Maximum => "MaximumBackward0",
            BinOp::Minimum => "MinimumBackward0",
            BinOp::Rem => "RemainderBackward0",
            BinOp::FloorDiv => "FloorDivideBackward0",
        };
        Ok(Tensor::record(out, name, &[self, other], |out| {
            // add/sub read nothing in backward; only pow reads its output
            let keep = !matches!(op, BinOp::Add | BinOp::Sub);
            Box::new(BinRule {
                op,
                a: keep.then(|| self.clone()),
                b: keep.then(|| other.clone()),
                out: (op == BinOp::Pow).then(|| out.clone()),
            })
        }))
    }
    pub fn add(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Add)
    }
    pub fn sub(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Sub)
    }
    pub fn mul(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Mul)
    }
    pub fn div(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Div)
    }
    pub fn pow(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Pow)
    }
    pub fn maximum(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Maximum)
    }
    pub fn minimum(&self, o: &Tensor) -> Result<Tensor> {
        self.binary(o, BinOp::Minimum)
    }
    /// `self * s` for a Python-like scalar, keeping self's dtype (a wrapped number).
    pub fn mul_scalar(&self, s: f64) -> Result<Tensor> {
        self.mul(&Tensor::scalar(s, self.dtype().to_float()))
    }
    pub fn add_scalar(&self, s: f64) -> Result<Tensor> {
        self.add(&Tensor::scalar(s, self.dtype()))
    }

    /// `x ** e` for a scalar exponent (PowBackward0).
    pub fn pow_scalar(&self, e: f64) -> Result<Tensor> {
        let dt = if self.dtype().is_float() || e.fract() != 0.0 { self.dtype().to_float() } else { self.dtype() };
        // half types compute in float32 and round once
        let x = self.to_dtype_nograd(if dt == DType::Bool { DType::I64 } else { dt.compute() });
        let out = if dt.is_float() {
            with_compute_float_dtype!(dt.compute(), T, super::kernels::map1(&x, move |v: T| {
                if e == 2.0 { v * v } else if e == 0.5 { v.sqrt() } else if e == 1.0 { v } else { v.powf(T::from_f64(e)) }
            }))
            .to_dtype_nograd(dt)
        } else {
            with_int_dtype!(x.dtype(), T, super::kernels::map1(&x, move |v: T| v.pow_(T::from_f64(e))))
        };
        Ok(Tensor::record(out, "PowBackward0", &[self], |_| Box::new(PowScalarRule { x: self.clone(), e })))
    }

    pub fn compare(&self, other: &Tensor, op: CmpOp) -> Result<Tensor> {
        let shape = broadcast_shapes(self.shape(), other.shape())?;
        // half values compare exactly in float32, bools as 0/1
        let dt = match result_type(self, other) { DType::Bool => DType::I64, d => d.compute() };
        let a = self.to_dtype_nograd(dt);
        let b = other.to_dtype_nograd(dt);
        Ok(with_compute_dtype!(dt, T, match op {
            CmpOp::Eq => map2(&a, &b, &shape, |x: T, y: T| x == y),
            CmpOp::Ne => map2(&a, &b, &shape, |x: T, y: T| x != y),
            CmpOp::Lt => map2(&a, &b, &shape, |x: T, y: T| x < y),
            CmpOp::Le => map2(&a, &b, &shape, |x: T, y: T| x <= y),
            // a > b is b < a: one kernel less per dtype
            CmpOp::Gt => map2(&b, &a, &shape, |y: T, x: T| y < x),
            CmpOp::Ge => map2(&b, &a, &shape, |y: T, x: T| y <= x),
        }))
    }

    pub fn logical(&self, other: &Tensor, op: LogicOp) -> Result<Tensor> {
        let shape = broadcast_shapes(self.shape(), other.shape())?;
        let dt = result_type(self, other);
        if dt.is_float() {
            return Err(Error::runtime(format!(
                "\"bitwise_{}_cpu\" not implemented for '{}'",
                match op { LogicOp::And => "and", LogicOp::Or => "or", LogicOp::Xor => "xor" },
                match dt { DType::F64 => "Double", _ => "Float" }
            )));
        }
        let a = self.to_dtype_nograd(dt);
        let b = other.to_dtype_nograd(dt);
        Ok(match dt {
            DType::Bool => match op {
                LogicOp::And => map2(&a, &b, &shape, |x: bool, y: bool| x & y),
                LogicOp::Or => map2(&a, &b, &shape, |x: bool, y: bool| x | y),
                LogicOp::Xor => map2(&a, &b, &shape, |x: bool, y: bool| x ^ y),
            },
            DType::I32 => match op {
                LogicOp::And => map2(&a, &b, &shape, |x: i32, y: i32| x & y),
                LogicOp::Or => map2(&a, &b, &shape, |x: i32, y: i32| x | y),
                LogicOp::Xor => map2(&a, &b, &shape, |x: i32, y: i32| x ^ y),
            },
            _ => match op {
                LogicOp::And => map2(&a, &b, &shape, |x: i64, y: i64| x & y),
                LogicOp::Or => map2(&a, &b, &shape, |x: i64, y: i64| x | y),
                LogicOp::Xor => map2(&a, &b, &shape, |x: i64, y: i64| x ^ y),
            },
        })
    }

    /// `where(cond, self, other)` (WhereBackward0).
    pub fn where_(&self, cond: &Tensor, other: &Tensor) -> Result<Tensor> {
        let s1 = broadcast_shapes(cond.shape(), self.shape())?;
        let shape = broadcast_shapes(&s1, other.shape())?;
        let dt = result_type(self, other);
        let c = cond.to_dtype_nograd(DType::Bool);
        let a = self.to_dtype_nograd(dt);
        let b = other.to_dtype_nograd(dt);
        let out = with_dtype!(dt, T, super::kernels::map3(&c, &a, &b, &shape, |c: bool, x: T, y: T| if c { x } else { y }));
        Ok(Tensor::record(out, "WhereBackward0", &[self, other], |_| Box::new(WhereRule { cond: c.clone() })))
    }

    /// In place `self += other` without recording (optimizers, grad accumulation).
    pub fn add_assign_(&self, other: &Tensor) -> Result<()> {
        self.binary_(other, BinOp::Add)
    }

    /// In-place binary op on the data; the caller checks autograd legality.
    pub fn binary_(&self, other: &Tensor, op: BinOp) -> Result<()> {
        let shape = broadcast_shapes(self.shape(), other.shape())?;
        if shape != self.shape() {
            return Err(Error::runtime(format!(
                "output with shape {} doesn't match the broadcast shape {}",
                crate::layout::fmt_shape(self.shape()),
                crate::layout::fmt_shape(&shape)
            )));
        }
        let dt = self.dtype();
        let rt = result_type(self, other);
        if rt.category() > dt.category() || (op == BinOp::Div && !dt.is_float()) {
            return Err(Error::runtime(format!(
                "result type {} can't be cast to the desired output type {}",
                crate::dtype_display(if op == BinOp::Div && !rt.is_float() { DType::F32 } else { rt }),
                crate::dtype_display(dt)
            )));
        }
        if dt.is_half() {
            // computed out of place in float32, rounded once into self
            let r = self.detach().binary(&other.detach(), op)?;
            return self.copy_from_(&r);
        }
        if dt == DType::Bool {
            let o = other.to_dtype_nograd(DType::Bool);
            match op {
                BinOp::Add | BinOp::Maximum => update2(self, &o, |x: bool, y: bool| x | y),
                BinOp::Mul | BinOp::Minimum => update2(self, &o, |x: bool, y: bool| x & y),
                _ => return Err(Error::runtime("in-place op not supported for bool tensors")),
            }
            return Ok(());
        }
        let o = other.to_dtype_nograd(dt);
        with_compute_dtype!(dt, T, match op {
            BinOp::Add => update2(self, &o, |x: T, y: T| x + y),
            BinOp::Sub => update2(self, &o, |x: T, y: T| x - y),
            BinOp::Mul => update2(self, &o, |x: T, y: T| x * y),
            BinOp::Div => update2(self, &o, |x: T, y: T| x / y),
            BinOp::Pow => update2(self, &o, |x: T, y: T| x.pow_(y)),
            BinOp::Maximum => update2(self, &o, |x: T, y: T| if x >= y { x } else { y }),
            BinOp::Minimum => update2(self, &o, |x: T, y: T| if x <= y { x } else { y }),
            BinOp::Rem => update2(self, &o, |x: T, y: T| {
                let (fx, fy) = (x.to_f64(), y.to_f64());
                T::from_f64(fx - (fx / fy).floor() * fy)
            }),
            BinOp::FloorDiv => update2(self, &o, |x: T, y: T| T::from_f64((x.to_f64() / y.to_f64()).floor())),
        });
        Ok(())
    }

    /// Copies `src` (broadcast, cast) into self's elements, in place.
    pub fn copy_from_(&self, src: &Tensor) -> Result<()> {
        let shape = broadcast_shapes(self.shape(), src.shape())?;
        if shape != self.shape() {
            return Err(Error::runtime(format!(
                "The size of tensor a ({}) must match the size of tensor b ({}) at non-singleton dimension {}",
                self.shape().last().copied().unwrap_or(1),
                src.shape().last().copied().unwrap_or(1),
                self.ndim().saturating_sub(1)
            )));
        }
        let s = src.to_dtype_nograd(self.dtype());
        with_dtype!(self.dtype(), T, update2(self, &s, |_: T, y: T| y));
        Ok(())
    }
    pub fn fill_(&self, v: f64) {
        let s = Tensor::scalar(v, self.dtype());
        with_dtype!(self.dtype(), T, update2(self, &s, |_: T, y: T| y));
    }
}

struct BinRule {
    op: BinOp,
    /// The inputs (None for add/sub, which do not read them) and the output (pow only).
    a: Option<Tensor>,
    b: Option<Tensor>,
    out: Option<Tensor>,
}

impl Backward for BinRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let (na, nb) = (cx.needs[0], cx.needs[1]);
        let opt = |need: bool, f: &dyn Fn() -> Result<Tensor>| -> Result<Option<Tensor>> {
            if need { f().map(Some) } else { Ok(None) }
        };
        match self.op {
            BinOp::Add => return Ok(vec![opt(na, &|| Ok(g.clone()))?, opt(nb, &|| Ok(g.clone()))?]),
            BinOp::Sub => return Ok(vec![opt(na, &|| Ok(g.clone()))?, opt(nb, &|| g.neg())?]),
            _ => {}
        }
        let (a, b) = (self.a.as_ref().expect("saved input"), self.b.as_ref().expect("saved input"));
        Ok(match self.op {
            BinOp::Add => vec![opt(na, &|| Ok(g.clone()))?, opt(nb, &|| Ok(g.clone()))?],
            BinOp::Sub => vec![opt(na, &|| Ok(g.clone()))?, opt(nb, &|| g.neg())?],
            BinOp::Mul => vec![opt(na, &|| g.mul(b))?, opt(nb, &|| g.mul(a))?],
            BinOp::Div => vec![
                opt(na, &|| g.div(b))?,
                opt(nb, &|| g.neg()?.mul(a)?.div(&b.mul(b)?))?,
            ],
            BinOp::Pow => {
                let out = cx.output(self.out.as_ref().expect("saved output"));
                vec![
                    opt(na, &|| g.mul(b)?.mul(&a.pow(&b.sub(&Tensor::scalar(1.0, b.dtype()))?)?))?,
                    opt(nb, &|| {
                        // d/db a^b = a^b ln a, taken as 0 where a == 0 and b >= 0 (torch's choice)
                        let ln = a.log()?;
                        let mask = a.compare(&Tensor::scalar(0.0, a.dtype()), CmpOp::Ne)?;
                        let ln = ln.where_(&mask, &Tensor::scalar(0.0, ln.dtype()))?;
                        g.mul(&out)?.mul(&ln)
                    })?,
                ]
            }
            BinOp::Maximum | BinOp::Minimum => {
                // ties split the gradient evenly, as torch does
                let cmp = if self.op == BinOp::Maximum { CmpOp::Gt } else { CmpOp::Lt };
                let win = a.compare(b, cmp)?.to_dtype_nograd(g.dtype());
                let tie = a.compare(b, CmpOp::Eq)?.to_dtype_nograd(g.dtype()).mul_scalar(0.5)?;
                let wa = win.add(&tie)?;
                vec![
                    opt(na, &|| g.mul(&wa))?,
                    opt(nb, &|| g.mul(&Tensor::scalar(1.0, wa.dtype()).sub(&wa)?))?,
                ]
            }
            BinOp::Rem => vec![
                opt(na, &|| Ok(g.clone()))?,
                opt(nb, &|| g.neg()?.mul(&a.binary(b, BinOp::FloorDiv)?))?,
            ],
            BinOp::FloorDiv => vec![opt(na, &|| Ok(g.zeros_like()))?, opt(nb, &|| Ok(g.zeros_like()))?],
        })
    }
    fn saves_tensors(&self) -> bool {
        !matches!(self.op, BinOp::Add | BinOp::Sub)
    }
    /// As torch's derivatives.yaml: an input counts as saved only when a gradient that will be
    /// computed reads it (x * c with c constant reads c alone: x may then change in place).
    fn reads_input(&self, i: usize, next: &[Option<Edge>]) -> bool {
        let (ga, gb) = (next[0].is_some(), next[1].is_some());
        let (ra, rb) = match self.op {
            BinOp::Add | BinOp::Sub | BinOp::FloorDiv => (false, false),
            BinOp::Mul => (gb, ga),
            BinOp::Div => (gb, true),
            BinOp::Rem => (gb, gb),
            BinOp::Pow => (true, ga),
            BinOp::Maximum | BinOp::Minimum => (true, true),
        };
        if i == 0 { ra } else { rb }
    }
    fn saves_output(&self) -> bool {
        self.op == BinOp::Pow
    }
}

struct PowScalarRule {
    x: Tensor,
    e: f64,
}
impl Backward for PowScalarRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        if self.e == 0.0 {
            return Ok(vec![Some(g.zeros_like())]);
        }
        let d = if self.e == 2.0 {
            self.x.mul_scalar(2.0)?
        } else if self.e == 1.0 {
            return Ok(vec![Some(g.clone())]);
        } else {
            self.x.pow_scalar(self.e - 1.0)?.mul_scalar(self.e)?
        };
        Ok(vec![Some(g.mul(&d)?)])
    }
}

struct WhereRule {
    cond: Tensor,
}
impl Backward for WhereRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let z = Tensor::scalar(0.0, g.dtype());
        Ok(vec![
            if cx.needs[0] { Some(g.where_(&self.cond, &z)?) } else { None },
            if cx.needs[1] { Some(z.where_(&self.cond, g)?) } else { None },
        ])
    }
}
