// Draws the Brewline icon (a cup on a saucer, our own drawing, same licence as Brewline) at 256, 128, 64 and 48 px:
// java -Djava.awt.headless=true MakeIcon.java   (run in this folder; the PNGs are committed)
import javax.imageio.ImageIO;
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;

public class MakeIcon {
    public static void main(String[] a) throws Exception {
        for (int size : new int[]{256, 128, 64, 48}) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 256.0, size / 256.0);
            g.setColor(new Color(0x6b3e26));
            g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 64, 64));
            g.setColor(Color.WHITE);
            // cup
            g.fill(new RoundRectangle2D.Double(56, 100, 112, 100, 28, 28));
            g.fill(new Rectangle2D.Double(56, 100, 112, 40));
            g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Arc2D.Double(148, 116, 56, 56, -90, 180, Arc2D.OPEN));
            // saucer
            g.fill(new RoundRectangle2D.Double(36, 206, 168, 16, 16, 16));
            // steam
            g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int x : new int[]{88, 128}) {
                Path2D s = new Path2D.Double();
                s.moveTo(x, 84);
                s.curveTo(x - 14, 68, x + 14, 56, x, 36);
                g.draw(s);
            }
            g.dispose();
            ImageIO.write(img, "png", new File("brewline-" + size + ".png"));
        }
    }
}
