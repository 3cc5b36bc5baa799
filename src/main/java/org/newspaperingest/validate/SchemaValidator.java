package org.newspaperingest.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.newspaperingest.pack.Xml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Checks one XML file against the profile's schemas and reports every error with its line and column. */
public final class SchemaValidator {

    private final SchemaSet schemas;

    public SchemaValidator(SchemaSet schemas) {
        this.schemas = schemas;
    }

    /**
     * @param name how the file is named in problems (its path relative to the package)
     */
    public List<Problem> validate(Path file, String name) {
        try {
            Xml.requireReadableSize(file, name);
        } catch (IOException e) {
            return List.of(new Problem(name, 0, 0, e.getMessage().substring(name.length() + 2)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, name);
        } catch (IOException e) {
            return List.of(new Problem(name, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    public List<Problem> validate(InputStream in, String name) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schemas.schema().newValidator();
        validator.setResourceResolver(schemas.resolver());
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            validator.setProperty(Xml.MAX_DEPTH_PROPERTY, Integer.toString(Xml.MAX_ELEMENT_DEPTH));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as unresolvable lax content) do not make a package invalid
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(problem(name, e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        try {
            // Read by the package reader's parser: no DOCTYPE (no entities, nothing fetched), bounded depth.
            InputSource source = new InputSource(in);
            source.setSystemId(name);
            validator.validate(new SAXSource(Xml.secureReader(), source));
        } catch (SAXParseException e) {
            problems.add(problem(name, e));
        } catch (SAXException | IOException e) {
            problems.add(new Problem(name, 0, 0, "not readable as XML: " + e.getMessage()));
        }
        return problems;
    }

    private static Problem problem(String name, SAXParseException e) {
        return new Problem(name, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                Xml.plainMessage(e.getMessage()));
    }
}
