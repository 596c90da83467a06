import tensorflow as tf


@tf.function
def double(a):
    print("Tracing with", a)
    return a + a


print("Obtaining concrete trace")
double_strings = double.get_concrete_function(tf.constant("a"))
print("Executing traced function")
print(double_strings(tf.constant("a")))
print(double_strings(a=tf.constant("b")))
double_strings_from_inputspec = double.get_concrete_function(tf.TensorSpec(shape=[], dtype=tf.string))
print(double_strings_from_inputspec(tf.constant("c")))
print(double_strings)
print(double_strings.structured_input_signature)
print(double_strings.structured_outputs)
try:
    double_strings(tf.constant(1))
except tf.errors.InvalidArgumentError as e:
    print("InvalidArgumentError caught")
except TypeError as e:
    print("TypeError:", e)
f32 = double.get_concrete_function(tf.TensorSpec(shape=[None], dtype=tf.float32))
print(f32(tf.constant([1.0, 2.0])))
print(f32)
print(double.experimental_get_tracing_count())


@tf.function
def pow_(a, b):
    return a ** b


square = pow_.get_concrete_function(a=tf.TensorSpec(None, tf.float32), b=2)
print(square)
print(square(tf.constant(10.0)) == 100)
print(double(tf.constant([1.0, 2.0, 3.0])))
print(double(tf.constant([[1.0]])))
print(double.experimental_get_tracing_count())
print(tf.TensorSpec(None, tf.float32), tf.TensorSpec([None, 2], tf.int32, name="x"))
