package com.brewline.testkit.fx;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast PNG writer gives back, read by ImageIO, exactly the pixels it was given. */
class PngTest {
    private static int[] decode(byte[] png, int width, int height) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    private static byte[] encode(int[] argb, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Png.encode(argb, width, height, out);
        return out.toByteArray();
    }

    @Test
    void anOpaqueScreenComesBackPixelForPixel() throws Exception {
        int width = 97;
        int height = 61;
        int[] argb = new int[width * height];
        Random random = new Random(3);
        for (int i = 0; i < argb.length; i++) {
            // flat areas, as on a screen, and noise, as in a photo
            argb[i] = 0xFF000000 | (i / width < 20 ? 0xF4EFE6 : random.nextInt(0x1000000));
        }
        assertArrayEquals(argb, decode(encode(argb, width, height), width, height));
    }

    @Test
    void seeThroughPixelsKeepTheirAlpha() throws Exception {
        int width = 13;
        int height = 7;
        int[] argb = new int[width * height];
        Random random = new Random(5);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = random.nextInt();
        }
        argb[0] = 0x00000000;
        assertArrayEquals(argb, decode(encode(argb, width, height), width, height));
    }
}
