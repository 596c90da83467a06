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
        let c = c as usize;
        let mut out = vec![0i64; idx.len() * c];
        for (i, &v) in idx.iter().enumerate() {
            out[i * c + v as usize] = 1;
        }
        let mut shape = self.shape().to_vec();
        shape.push(c);
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
    }
}
