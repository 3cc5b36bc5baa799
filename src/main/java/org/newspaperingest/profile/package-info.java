/**
 * The package profile's facts that the writers ({@code pack}), the reader, the validator ({@code validate})
 * and the batch report share: file and folder names, METS file groups, namespaces and schema locations,
 * the checksum, and the software's name and version. Depends on nothing else in the project.
 */
package org.newspaperingest.profile;
