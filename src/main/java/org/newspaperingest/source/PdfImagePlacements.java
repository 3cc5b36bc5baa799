package org.newspaperingest.source;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a page's content stream draws each image, as its size on the page in points: the image's pixels
 * over that size is the scan's resolution, even when the scan does not fill the page.
 */
final class PdfImagePlacements extends PDFStreamEngine {

    /** Width and height on the page, in points. */
    record Placement(double width, double height) {
    }

    private final Map<COSStream, Placement> placements = new IdentityHashMap<>();

    private PdfImagePlacements() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    /** The size the page draws the image at, if it draws it. */
    static Optional<Placement> of(PDPage page, PDImageXObject image) throws IOException {
        PdfImagePlacements engine = new PdfImagePlacements();
        engine.processPage(page);
        return Optional.ofNullable(engine.placements.get(image.getCOSObject()));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (OperatorName.DRAW_OBJECT.equals(operator.getName()) && !operands.isEmpty()
                && operands.get(0) instanceof COSName name) {
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                placements.putIfAbsent(image.getCOSObject(),
                        new Placement(ctm.getScalingFactorX(), ctm.getScalingFactorY()));
            }
        }
        super.processOperator(operator, operands);
    }
}
