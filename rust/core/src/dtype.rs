//! Element types and torch's type-promotion lattice.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    I32,
    I64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::F16 => "float16",
            DType::BF16 => "bfloat16",
            DType::F32 => "float32",
            DType::F64 => "float64",
        }
    }
    pub fn from_name(s: &str) -> Option<DType> {
        Some(match s {
            "bool" => DType::Bool,
            "int32" => DType::I32,
            "int64" => DType::I64,
            "float16" => DType::F16,
            "bfloat16" => DType::BF16,
            "float32" => DType::F32,
            "float64" => DType::F64,
            _ => return None,
        })
    }
    pub fn is_float(self) -> bool {
        matches!(self, DType::F16 | DType::BF16 | DType::F32 | DType::F64)
    }
    /// float16 / bfloat16: stored in 16 bits, computed in float32 and rounded once per op.
    pub fn is_half(self) -> bool {
        matches!(self, DType::F16 | DType::BF16)
    }
    /// The dtype a kernel computes in for this dtype (float32 for the half types).
    pub fn compute(self) -> DType {
        if self.is_half() {
            DType::F32
        } else {
            self
        }
    }
    pub fn is_int(self) -> bool {
        matches!(self, DType::I32 | DType::I64)
    }
    /// 0 bool, 1 integer, 2 floating: the categories of torch's promotion.
    pub fn category(self) -> u8 {
        match self {
            DType::Bool => 0,
            DType::I32 | DType::I64 => 1,
            DType::F16 | DType::BF16 | DType::F32 | DType::F64 => 2,
        }
    }
    pub fn size(self) -> usize {
        match self {
            DType::Bool => 1,
            DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::F32 => 4,
            DType::I64 | DType::F64 => 8,
        }
    }
    /// Promotion of two dtypes of equal standing (both tensors of the same rank class).
    pub fn promote(a: DType, b: DType) -> DType {
        if a == b {
            return a;
        }
        if a.is_half() && b.is_half() {
            // float16 with bfloat16: neither holds the other (torch gives float32)
            return DType::F32;
        }
        match (a.category(), b.category()) {
            (x, y) if x == y => a.max(b),
            (x, y) if x > y => a,
            _ => b,
        }
    }
    /// The float dtype an op on integers computes in (torch: the default float32).
    pub fn to_float(self) -> DType {
        if self.is_float() {
            self
        } else {
            DType::F32
        }
    }
}
