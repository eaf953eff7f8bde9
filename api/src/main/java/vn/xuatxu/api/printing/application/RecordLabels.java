package vn.xuatxu.api.printing.application;

import vn.xuatxu.api.printing.domain.PrintJobSource;
import vn.xuatxu.label.content.RecordLabelContent;

import java.util.List;

/**
 * A port: the labels of records (not of a label batch) that a print job carries, implemented by the feature that
 * owns the records (the school kitchen's sample labels). Printing stores only the records' references and asks
 * for their labels when the agent fetches them, so printing never depends on the feature.
 */
public interface RecordLabels {

    /** The kind of job this source renders. */
    PrintJobSource source();

    /**
     * The labels of these records of one organisation, in the given order.
     *
     * @throws vn.xuatxu.api.problem.ProblemException.NotFound if a record no longer exists
     */
    List<RecordLabelContent> contents(long organisationId, List<String> refs);
}
