package org.newspaperingest.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void confidencesHaveAtMostThreeDecimalsAndStayInRange() {
        assertEquals("0", Xml.confidence(0));
        assertEquals("1", Xml.confidence(1));
        assertEquals("1", Xml.confidence(1.7));
        assertEquals("0", Xml.confidence(-0.2));
        assertEquals("0", Xml.confidence(Double.NaN));
        assertEquals("0.5", Xml.confidence(0.5));
        assertEquals("0.05", Xml.confidence(0.05));
        assertEquals("0.846", Xml.confidence(0.8456));
        assertEquals("0.001", Xml.confidence(0.0009));
        assertEquals("1", Xml.confidence(0.9996));
    }

    @Test
    void idsBecomeNcNames() {
        assertEquals("P1_TB0001", Xml.ncName("P1_TB0001"));
        assertEquals("_1", Xml.ncName("1"));
        assertEquals("A_b_c", Xml.ncName("A b:c"));
        assertEquals("_", Xml.ncName(""));
    }

    @Test
    void cleanDropsWhatXmlCannotCarry() {
        assertEquals("AB", Xml.clean("A\u0000B"));
        assertEquals("𠀀x", Xml.clean("𠀀x"));
        assertEquals("x", Xml.clean("\ud800x"));
        assertEquals("", Xml.clean(null));
    }
}
