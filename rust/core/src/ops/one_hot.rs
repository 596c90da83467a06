//! one_hot: class indices to an int64 tensor with one more dimension (torch.nn.functional.one_hot).
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::Tensor;

impl Tensor {
    /// `one_hot(self, num_classes)` for int64 indices; `num_classes` < 0 infers max + 1.
    pub fn one_hot(&self, num_classes: i64) -> Result<Tensor> {
        if self.dtype() != DType::I64 {
            return Err(Error::runtime("one_hot is only applicable to index tensor of type LongTensor."));
        }
        let idx = self.to_vec::<i64>();
        if num_classes < 0 && idx.is_empty() {
            return Err(Error::runtime("Can not infer total number of classes from empty tensor."));
        }
        if idx.iter().any(|&v| v < 0) {
            return Err(Error::runtime("Class values must be non-negative."));
        }
        let c = if num_classes < 0 { idx.iter().max().map_or(0, |m| m + 1) } else { num_classes };
        if idx.iter().any(|&v| v >= c) {
            return Err(Error::runtime("Class values must be smaller than num_classes."));
        }
        Ok(self.one_hot_mask(c as usize)?.to_dtype_nograd(DType::I64))
    }

    /// `indices[..., None] == range(depth)` as bool with one more dimension: the one-hot of any
    /// integer indices, rows of indices outside [0, depth) all false (TensorFlow's and
    /// MindSpore's one_hot; torch's checks its indices first).
    pub fn one_hot_mask(&self, depth: usize) -> Result<Tensor> {
        if !self.dtype().is_int() {
            return Err(Error::type_(format!("one_hot: indices must be integers, got {:?}", self.dtype())));
        }
        let idx = self.to_dtype_nograd(DType::I64).to_vec::<i64>();
        let mut out = vec![false; idx.len() * depth];
        for (i, &v) in idx.iter().enumerate() {
            if (0..depth as i64).contains(&v) {
                out[i * depth + v as usize] = true;
            }
        }
        let mut shape = self.shape().to_vec();
        shape.push(depth);
        Ok(Tensor::from_vec(out, &shape))
    }
}

#[cfg(test)]
mod tests {
    use crate::tensor::Tensor;

    #[test]
    fn one_hot_values_inferred_classes_and_errors() {
        let t = Tensor::from_vec(vec![0i64, 2, 1, 2], &[2, 2]);
        let o = t.one_hot(-1).unwrap();
        assert_eq!(o.shape(), &[2, 2, 3]);
        assert_eq!(o.to_f64_vec(), vec![1., 0., 0., 0., 0., 1., 0., 1., 0., 0., 0., 1.]);
        assert_eq!(t.one_hot(4).unwrap().shape(), &[2, 2, 4]);
        assert_eq!(t.one_hot(2).unwrap_err().msg, "Class values must be smaller than num_classes.");
        assert_eq!(Tensor::from_vec(vec![-1i64], &[1]).one_hot(3).unwrap_err().msg, "Class values must be non-negative.");
        assert!(Tensor::from_vec(vec![1i32], &[1]).one_hot(3).is_err());
        assert_eq!(Tensor::from_vec(Vec::<i64>::new(), &[0]).one_hot(3).unwrap().shape(), &[0, 3]);
        let m = Tensor::from_vec(vec![2i32, -1, 5], &[3]).one_hot_mask(3).unwrap();
        assert_eq!(m.to_f64_vec(), vec![0., 0., 1., 0., 0., 0., 0., 0., 0.]);
    }
}
