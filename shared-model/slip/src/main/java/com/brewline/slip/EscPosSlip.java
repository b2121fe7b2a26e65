package com.brewline.slip;

import com.brewline.model.DiningOption;
import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.QRCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A slip as ESC/POS bytes, written with escpos-coffee (styles, native QR code, cut). Korean receipt
 * printers print Hangul in their double-byte mode (FS &) from KS X 1001 bytes: the text is encoded in
 * the configured charset (EUC-KR by default; CP949 for printers that take it) and the double-byte mode
 * switched on. Widths are counted in columns, a Hangul syllable taking two.
 */
public final class EscPosSlip {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Charset charset;
    private final int columns;

    /** @param columns characters of Font A per line: 42 on 80 mm paper, 32 on 58 mm */
    public EscPosSlip(Charset charset, int columns) {
        if (columns < 24 || columns > 64) {
            throw new IllegalArgumentException("printer.columns must be 24..64, was " + columns);
        }
        this.charset = charset;
        this.columns = columns;
    }

    public byte[] render(SlipContent slip) {
        ResourceBundle text = ResourceBundle.getBundle("com.brewline.slip.slip", slip.korean() ? Locale.KOREAN : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            if (doubleByte()) {
                escpos.write(0x1B).write('R').write(13); // international character set: Korea (₩ for \)
                escpos.write(0x1C).write('&');           // double-byte (Hangul) mode on
            }
            escpos.setCharsetName(charset.name());
            Style center = new Style().setJustification(EscPosConst.Justification.Center);
            Style title = new Style(center).setBold(true).setFontSize(Style.FontSize._1, Style.FontSize._2);
            Style number = new Style(center).setBold(true).setFontSize(Style.FontSize._4, Style.FontSize._4);
            Style plain = new Style();
            Style bold = new Style().setBold(true);

            escpos.writeLF(title, slip.storeName());
            escpos.feed(1);
            escpos.writeLF(center, text.getString("pickup") + " · "
                    + text.getString(slip.dining() == DiningOption.DINE_IN ? "dineIn" : "takeout"));
            escpos.writeLF(number, Integer.toString(slip.pickupNumber()));
            escpos.feed(1);
            escpos.writeLF(plain, "-".repeat(columns));
            for (SlipContent.Line line : slip.lines()) {
                String name = line.quantity() > 1 ? line.name() + " x" + line.quantity() : line.name();
                escpos.writeLF(plain, twoColumns(name, format(text, "won", won.format(line.amount()))));
                if (!line.options().isEmpty()) {
                    for (String wrapped : wrap("  " + line.options(), columns)) {
                        escpos.writeLF(plain, wrapped);
                    }
                }
            }
            escpos.writeLF(plain, "-".repeat(columns));
            escpos.writeLF(bold, twoColumns(text.getString("total"), format(text, "won", won.format(slip.total()))));
            escpos.writeLF(plain, rightAligned(format(text, "vat", won.format(slip.vat()))));
            escpos.writeLF(plain, slip.paidAt().format(TIME));
            if (slip.cancelCode() != null) {
                escpos.feed(1);
                escpos.writeLF(new Style(center).setBold(true).setFontSize(Style.FontSize._1, Style.FontSize._2),
                        format(text, "cancelCode", slip.cancelCode()));
                for (String wrapped : wrap(text.getString("cancelHint"), columns)) {
                    escpos.writeLF(center, wrapped);
                }
            }
            if (slip.statusQr() != null) {
                escpos.feed(1);
                escpos.write(new QRCode().setSize(6).setJustification(EscPosConst.Justification.Center), slip.statusQr());
                escpos.writeLF(center, text.getString("qr"));
            }
            escpos.feed(4);
            escpos.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a slip into memory", e);
        }
        return bytes.toByteArray();
    }

    private boolean doubleByte() {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.contains("KR") || name.contains("949");
    }

    private static String format(ResourceBundle text, String key, Object arg) {
        return new MessageFormat(text.getString(key), Locale.KOREAN).format(new Object[]{arg});
    }

    /** Left text and right text on one line (the left cut short with "…" if both do not fit). */
    String twoColumns(String left, String right) {
        int room = columns - width(right) - 1;
        String l = clip(left, room);
        return l + " ".repeat(Math.max(1, columns - width(l) - width(right))) + right;
    }

    private String rightAligned(String s) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }

    /** Columns a text takes on the printer: East Asian wide characters two, the rest one. */
    static int width(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    private static String clip(String s, int room) {
        if (width(s) <= room) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int cp : s.codePoints().toArray()) {
            int w = isWide(cp) ? 2 : 1;
            if (used + w > room - 2) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
        }
        return b.append("..").toString();
    }

    /** Breaks a text into lines of at most {@code columns}, between words where it can. */
    static java.util.List<String> wrap(String s, int columns) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String indent = s.startsWith("  ") ? "  " : "";
        StringBuilder line = new StringBuilder(indent);
        for (String word : s.trim().split(" ")) {
            String candidate = line.length() > indent.length() ? line + " " + word : line + word;
            if (width(candidate) <= columns) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > indent.length()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(indent);
            for (int cp : word.codePoints().toArray()) { // a word longer than a line is cut where it must be
                if (width(line.toString()) + (isWide(cp) ? 2 : 1) > columns) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(indent);
                }
                line.appendCodePoint(cp);
            }
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
