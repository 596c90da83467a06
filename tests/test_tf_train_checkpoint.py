"""tf.train.Checkpoint / CheckpointManager on tf.Module graphs; keys, files and values as real TF 2.21 gives
them (guide intro_to_modules / checkpoint)."""
import os

import ferrograd.tensorflow as tf


class _Dense(tf.Module):
    def __init__(self, i, o):
        super().__init__()
        self.w = tf.Variable(tf.fill([i, o], 0.5), name='w')
        self.b = tf.Variable(tf.zeros([o]), name='b')


class _Seq(tf.Module):
    def __init__(self):
        super().__init__()
        self.dense_1 = _Dense(3, 3)
        self.layers = [_Dense(2, 2), _Dense(2, 1)]


def test_checkpoint_keys_files_and_restore(tmp_path):
    m = _Seq()
    ck = tf.train.Checkpoint(model=m)
    p = str(tmp_path / "my_checkpoint")
    assert ck.write(p) == p
    assert sorted(os.listdir(tmp_path)) == ['my_checkpoint.data-00000-of-00001', 'my_checkpoint.index']
    assert tf.train.list_variables(p) == [
        ('_CHECKPOINTABLE_OBJECT_GRAPH', []), ('model/dense_1/b/.ATTRIBUTES/VARIABLE_VALUE', [3]),
        ('model/dense_1/w/.ATTRIBUTES/VARIABLE_VALUE', [3, 3]), ('model/layers/0/b/.ATTRIBUTES/VARIABLE_VALUE', [2]),
        ('model/layers/0/w/.ATTRIBUTES/VARIABLE_VALUE', [2, 2]), ('model/layers/1/b/.ATTRIBUTES/VARIABLE_VALUE', [1]),
        ('model/layers/1/w/.ATTRIBUTES/VARIABLE_VALUE', [2, 1])]
    m2 = _Seq()
    m2.dense_1.w.assign(tf.zeros([3, 3]))
    status = tf.train.Checkpoint(model=m2).restore(p)
    assert type(status).__name__ == "CheckpointLoadStatus"
    assert m2.dense_1.w.numpy().tolist() == [[0.5] * 3] * 3
    s1 = ck.save(str(tmp_path / "ck"))
    s2 = ck.save(str(tmp_path / "ck"))
    assert (os.path.basename(s1), os.path.basename(s2)) == ("ck-1", "ck-2")
    assert tf.train.latest_checkpoint(str(tmp_path)) == s2
    assert tf.train.list_variables(s2)[-1] == ('save_counter/.ATTRIBUTES/VARIABLE_VALUE', [])
    assert int(ck.save_counter.numpy()) == 2


def test_deferred_restore_and_aliases(tmp_path):
    save = tf.train.Checkpoint()
    save.listed = [tf.Variable(1.), tf.Variable(2.)]
    save.mapped = {'one': save.listed[0], 'two': save.listed[1]}
    path = save.save(str(tmp_path / "tf_list_example"))
    restore = tf.train.Checkpoint()
    v2 = tf.Variable(0.)
    restore.mapped = {'two': v2}
    restore.restore(path)
    assert v2.numpy() == 2.0
    to_restore = tf.Variable(tf.zeros([2]))
    layer = tf.train.Checkpoint(bias=to_restore)
    src = tf.train.Checkpoint(l1=tf.train.Checkpoint(bias=tf.Variable([1., 2.]), kernel=tf.Variable([[3., 4.]])))
    p = src.write(str(tmp_path / "net"))
    tf.train.Checkpoint(l1=layer).restore(p)
    assert to_restore.numpy().tolist() == [1.0, 2.0]
    deferred = tf.Variable(tf.zeros([1, 2]))
    layer.kernel = deferred
    assert deferred.numpy().tolist() == [[3.0, 4.0]]


def test_checkpoint_manager(tmp_path):
    step = tf.Variable(1)
    ck = tf.train.Checkpoint(step=step)
    mgr = tf.train.CheckpointManager(ck, str(tmp_path / "tf_ckpts"), max_to_keep=3)
    assert mgr.latest_checkpoint is None
    for _ in range(5):
        step.assign_add(1)
        mgr.save()
    assert [os.path.basename(p) for p in mgr.checkpoints] == ["ckpt-3", "ckpt-4", "ckpt-5"]
    mgr2 = tf.train.CheckpointManager(tf.train.Checkpoint(step=tf.Variable(0)), str(tmp_path / "tf_ckpts"), 3)
    assert os.path.basename(mgr2.latest_checkpoint) == "ckpt-5"
    reader = tf.train.load_checkpoint(str(tmp_path / "tf_ckpts"))
    assert int(reader.get_tensor('step/.ATTRIBUTES/VARIABLE_VALUE')) == 6
    assert reader.get_variable_to_dtype_map()['step/.ATTRIBUTES/VARIABLE_VALUE'].name == "int32"
