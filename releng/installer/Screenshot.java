import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * Saves a PNG of the whole X display once the picture has stopped changing (two captures 500 ms apart are equal), or
 * after TIMEOUT seconds. Used by test-installed-deb.sh: {@code java Screenshot.java OUT.png [TIMEOUT]}.
 */
public final class Screenshot {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long deadline = System.nanoTime() + (args.length > 1 ? Long.parseLong(args[1]) : 10) * 1_000_000_000L;
        Robot robot = new Robot();
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage previous = robot.createScreenCapture(screen);
        BufferedImage current;
        do {
            robot.delay(500);
            current = robot.createScreenCapture(screen);
            if (samePixels(previous, current)) {
                break;
            }
            previous = current;
        } while (System.nanoTime() < deadline);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "screenshot", ".png");
        ImageIO.write(current, "png", tmp.toFile());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(out + " (" + current.getWidth() + "x" + current.getHeight() + ")");
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        int w = a.getWidth();
        int h = a.getHeight();
        return w == b.getWidth() && h == b.getHeight()
                && Arrays.equals(a.getRGB(0, 0, w, h, null, 0, w), b.getRGB(0, 0, w, h, null, 0, w));
    }

    private Screenshot() {
    }
}
