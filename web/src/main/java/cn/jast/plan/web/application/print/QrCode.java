package cn.jast.plan.web.application.print;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A QR code drawn as vector squares in the PDF (sharp at any print resolution, nothing rasterised). It
 * holds the fingerprint exactly as the office enters it when the stamped paper copy arrives
 * ({@code POST /api/v1/paper-copies}): 64 lower-case hexadecimal digits and nothing else.
 */
final class QrCode {

    /** The quiet zone the QR specification asks for, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** The code as an image of {@code size} points square, for a table cell. */
    static Image of(PdfContentByte canvas, String text, float size) {
        BitMatrix matrix;
        try {
            // Level M survives a stamp's ink or a fold over part of it; the margin is drawn here, not by ZXing.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        float unit = size / modules;
        PdfTemplate t = canvas.createTemplate(size, size);
        t.setRGBColorFill(255, 255, 255);
        t.rectangle(0, 0, size, size);
        t.fill();
        t.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                // One rectangle per run of dark modules: no hairline seams between neighbours when rendered.
                int run = x;
                while (run < matrix.getWidth() && matrix.get(run, y)) {
                    run++;
                }
                // PDF's y axis points up; the matrix's row 0 is the top.
                t.rectangle((x + QUIET_ZONE) * unit, size - (y + QUIET_ZONE + 1) * unit, (run - x) * unit, unit);
                x = run;
            }
        }
        t.fill();
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
