import numpy as np
import mindspore as ms
import mindspore.dataset as ds
import mindspore.dataset.vision as vision
from mindspore.dataset.vision import Border

img = (np.arange(5 * 6 * 3) * 7 % 256).astype(np.uint8).reshape(5, 6, 3)
print(vision.HorizontalFlip()(img)[:, :, 0])
print(vision.VerticalFlip()(img)[:, :, 1])
print(vision.CenterCrop(3)(img)[:, :, 0])
print(vision.CenterCrop((2, 4))(img)[:, :, 2])
print(vision.CenterCrop((4, 3))(img).shape, vision.CenterCrop((7, 8))(img)[:, :, 0])
print(vision.Crop((1, 2), (2, 3))(img)[:, :, 0])
print(vision.Pad(1)(img)[:, :, 0])
print(vision.Pad((1, 2), fill_value=9)(img).shape)
print(vision.Pad((1, 0, 2, 1), padding_mode=Border.EDGE)(img)[:, :, 0])
print(vision.Pad(2, padding_mode=Border.REFLECT)(img)[:, :, 1])
print(vision.Pad(2, padding_mode=Border.SYMMETRIC)(img)[:, :, 2])
print(vision.Pad(1, fill_value=(1, 2, 3))(img)[0])
print(vision.Invert()(img)[:, :, 0])
print(vision.Posterize(3)(img)[:, :, 0])
print(vision.Solarize(128)(img)[:, :, 0], vision.Solarize((50, 100))(img)[:, :, 1])
print(vision.Erase(1, 1, 2, 3, value=0)(img)[:, :, 0])
print(vision.ToType(np.float32)(img).dtype, vision.ToType(ms.int32)(img).dtype)
print(vision.get_image_num_channels(img), vision.get_image_size(img))
gray = img[:, :, 0]
print(vision.HorizontalFlip()(gray), vision.CenterCrop(2)(gray))
data = ds.NumpySlicesDataset({"image": np.stack([img, img[::-1]])}, shuffle=False)
data = data.map(operations=[vision.CenterCrop(4), vision.HorizontalFlip(), vision.Invert(),
                            vision.Pad(1, padding_mode=Border.EDGE)], input_columns="image")
for row in data.create_dict_iterator(output_numpy=True):
    print(row["image"].shape, row["image"][:, :, 0])
