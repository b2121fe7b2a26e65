package com.brewline.slip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS back: the commands a slip uses are parsed (an unknown one fails the test), text is
 * decoded in the printer's charset, and every printed line is kept with the style it was printed in.
 */
final class EscPosDecoder {
    record Line(String text, boolean bold, int widthTimes, int heightTimes, int justification) {
    }

    final List<Line> lines = new ArrayList<>();
    final List<String> qrCodes = new ArrayList<>();
    final List<String> commands = new ArrayList<>();
    boolean cut;
    boolean doubleByteMode;
    int statusRequests;

    private final Charset charset;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private boolean bold;
    private int width = 1;
    private int height = 1;
    private int justification;

    EscPosDecoder(Charset charset) {
        this.charset = charset;
    }

    static EscPosDecoder decode(byte[] bytes, Charset charset) {
        EscPosDecoder d = new EscPosDecoder(charset);
        d.parse(bytes);
        return d;
    }

    void parse(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x1B) { // ESC
                int cmd = b[i + 1] & 0xFF;
                switch (cmd) {
                    case '@' -> { reset(); commands.add("ESC @"); i += 2; }
                    case 'E' -> { bold = b[i + 2] != 0; i += 3; }
                    case 'M', '-', 't', 'R', '3' -> { commands.add("ESC " + (char) cmd + " " + (b[i + 2] & 0xFF)); i += 3; }
                    case '2' -> i += 2;
                    case 'a' -> { justification = b[i + 2] % 48; i += 3; }
                    case 'd' -> { endLine(); i += 3; }
                    default -> throw new IllegalStateException("unknown ESC " + cmd + " at " + i);
                }
            } else if (c == 0x1D) { // GS
                int cmd = b[i + 1] & 0xFF;
                switch (cmd) {
                    case '!' -> { width = ((b[i + 2] >> 4) & 0x0F) + 1; height = (b[i + 2] & 0x0F) + 1; i += 3; }
                    case 'B' -> i += 3;
                    case 'V' -> { cut = true; int m = b[i + 2] & 0xFF; i += (m == 65 || m == 66) ? 4 : 3; }
                    case '(' -> i = function(b, i);
                    default -> throw new IllegalStateException("unknown GS " + cmd + " at " + i);
                }
            } else if (c == 0x1C) { // FS
                int cmd = b[i + 1] & 0xFF;
                if (cmd == '&') {
                    doubleByteMode = true;
                } else if (cmd == '.') {
                    doubleByteMode = false;
                } else {
                    throw new IllegalStateException("unknown FS " + cmd);
                }
                i += 2;
            } else if (c == 0x10 && i + 2 < b.length && b[i + 1] == 0x04) { // DLE EOT n
                statusRequests++;
                i += 3;
            } else if (c == 0x0A) {
                endLine();
                i++;
            } else if (c < 0x20) {
                throw new IllegalStateException("unexpected control byte " + c + " at " + i);
            } else {
                text.write(c);
                i++;
            }
        }
    }

    /** GS ( k pL pH cn fn ...: the QR code's data is kept (function 180, cn 49 fn 80). */
    private int function(byte[] b, int i) {
        if (b[i + 2] != 'k') {
            throw new IllegalStateException("unknown GS ( " + (char) b[i + 2]);
        }
        int len = (b[i + 3] & 0xFF) + ((b[i + 4] & 0xFF) << 8);
        int cn = b[i + 5] & 0xFF;
        int fn = b[i + 6] & 0xFF;
        if (cn == 49 && fn == 80) {
            qrCodes.add(new String(b, i + 8, len - 3, charset));
        }
        return i + 5 + len;
    }

    private void endLine() {
        lines.add(new Line(text.toString(charset), bold, width, height, justification));
        text.reset();
    }

    private void reset() {
        bold = false;
        width = 1;
        height = 1;
        justification = 0;
    }

    /** The slip as plain text, one printed line a line; big print marked with its size. */
    String asText() {
        StringBuilder s = new StringBuilder();
        for (Line l : lines) {
            s.append(l.text());
            if (l.widthTimes() > 1 || l.heightTimes() > 1) {
                s.append("   [").append(l.widthTimes()).append('x').append(l.heightTimes()).append(']');
            }
            s.append('\n');
        }
        qrCodes.forEach(q -> s.append("[QR: ").append(q).append("]\n"));
        return s.toString();
    }
}
