import numpy as np
import tensorflow as tf

class SimpleModule(tf.Module):
  def __init__(self, name=None):
    super().__init__(name=name)
    self.a_variable = tf.Variable(5.0, name="train_me")
    self.non_trainable_variable = tf.Variable(5.0, trainable=False, name="do_not_train_me")
  def __call__(self, x):
    return self.a_variable * x + self.non_trainable_variable

simple_module = SimpleModule(name="simple")

print(simple_module(tf.constant(5.0)))

# All trainable variables
print("trainable variables:", simple_module.trainable_variables)
# Every variable
print("all variables:", simple_module.variables)
print(simple_module.name)

rng = np.random.RandomState(2)

class Dense(tf.Module):
  def __init__(self, in_features, out_features, name=None):
    super().__init__(name=name)
    self.w = tf.Variable(
      rng.normal(size=[in_features, out_features]).astype(np.float32), name='w')
    self.b = tf.Variable(tf.zeros([out_features]), name='b')
  def __call__(self, x):
    y = tf.matmul(x, self.w) + self.b
    return tf.nn.relu(y)

class SequentialModule(tf.Module):
  def __init__(self, name=None):
    super().__init__(name=name)

    self.dense_1 = Dense(in_features=3, out_features=3)
    self.dense_2 = Dense(in_features=3, out_features=2)

  def __call__(self, x):
    x = self.dense_1(x)
    return self.dense_2(x)

# You have made a model!
my_model = SequentialModule(name="the_model")

# Call it, with random results
print("Model results:", my_model(tf.constant([[2.0, 2.0, 2.0]])))

print("Submodules:", my_model.submodules)

for var in my_model.variables:
  print(var, "\n")

class FlexibleDenseModule(tf.Module):
  # Note: No need for `in_features`
  def __init__(self, out_features, name=None):
    super().__init__(name=name)
    self.is_built = False
    self.out_features = out_features

  def __call__(self, x):
    # Create variables on first call.
    if not self.is_built:
      self.w = tf.Variable(
        rng.normal(size=[x.shape[-1], self.out_features]).astype(np.float32), name='w')
      self.b = tf.Variable(tf.zeros([self.out_features]), name='b')
      self.is_built = True

    y = tf.matmul(x, self.w) + self.b
    return tf.nn.relu(y)

# Used in a module
class MySequentialModule(tf.Module):
  def __init__(self, name=None):
    super().__init__(name=name)

    self.dense_1 = FlexibleDenseModule(out_features=3)
    self.dense_2 = FlexibleDenseModule(out_features=2)

  def __call__(self, x):
    x = self.dense_1(x)
    return self.dense_2(x)

my_model = MySequentialModule(name="the_model")
print("Model results:", my_model(tf.constant([[2.0, 2.0, 2.0]])))
print(len(my_model.trainable_variables), [v.shape for v in my_model.trainable_variables])

class MyModule(tf.Module):
  def __init__(self, name=None):
    super().__init__(name=name)
    self.list_of_layers = [FlexibleDenseModule(4), FlexibleDenseModule(1)]
    self.frozen = tf.Variable([1.0, 2.0], trainable=False, name='frozen')

  @tf.function
  def __call__(self, x):
    for layer in self.list_of_layers:
      x = layer(x)
    return x

mod = MyModule()
print(mod(tf.constant([[1.0, -1.0], [0.5, 2.0]])))
print([v.name for v in mod.trainable_variables])
print([v.name for v in mod.variables])
print(mod.name, len(mod.submodules))

with tf.GradientTape() as tape:
  out = tf.reduce_sum(mod(tf.constant([[1.0, -1.0], [0.5, 2.0]])))
grads = tape.gradient(out, mod.trainable_variables)
for v, g in zip(mod.trainable_variables, grads):
  print(v.name, g.numpy())
