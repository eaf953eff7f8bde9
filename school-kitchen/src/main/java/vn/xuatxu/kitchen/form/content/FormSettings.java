package vn.xuatxu.kitchen.form.content;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a school chooses about its printed book that the kitchen day does not say: its address,
 * the place written before the date above the signatures, which forms to print, and who signs
 * each form.
 *
 * <p>Why configurable: the establishment's name comes from the form headers, but the address and
 * the sign-off blocks differ between provinces and schools (reference §1.0: the official
 * signature blocks are unverified; local templates add the checker, head cook and principal).
 * Form 4 labels are normally printed on the thermal printer, so a school may leave them out of
 * the book.
 *
 * @param address      the establishment's address, printed in the header; may be empty
 * @param signingPlace the place before the date above the signatures, e.g. "Điện Biên"; may be empty
 * @param forms        the forms to include; they are always printed in {@link PrintedForm} order
 * @param signOffs     the signature places of each form, left to right
 * @param names        full names printed under the signature places of a role (the checker's
 *                     name is taken from the form header when the form has one)
 */
public record FormSettings(String address, String signingPlace, Set<PrintedForm> forms,
                           Map<PrintedForm, List<SignOffRole>> signOffs, Map<SignOffRole, String> names) {

    public FormSettings {
        address = FormText.nfc(address);
        signingPlace = FormText.nfc(signingPlace);
        forms = Set.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("At least one form must be printed");
        }
        signOffs = Map.copyOf(signOffs).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        names = Map.copyOf(names);
    }

    /**
     * Every form, with the sign-offs local templates commonly use: checker, head cook and principal
     * on Forms 1–3; head cook and principal on Form 5; none on the Form 4 labels.
     */
    public static FormSettings of(String address, String signingPlace) {
        Map<PrintedForm, List<SignOffRole>> signOffs = new EnumMap<>(PrintedForm.class);
        List<SignOffRole> steps = List.of(SignOffRole.CHECKER, SignOffRole.HEAD_COOK, SignOffRole.PRINCIPAL);
        signOffs.put(PrintedForm.FORM_1, steps);
        signOffs.put(PrintedForm.FORM_2, steps);
        signOffs.put(PrintedForm.FORM_3, steps);
        signOffs.put(PrintedForm.FORM_4, List.of());
        signOffs.put(PrintedForm.FORM_5, List.of(SignOffRole.HEAD_COOK, SignOffRole.PRINCIPAL));
        return new FormSettings(address, signingPlace, EnumSet.allOf(PrintedForm.class), signOffs, Map.of());
    }

    /** The same settings printing only the given forms. */
    public FormSettings withForms(PrintedForm... only) {
        return new FormSettings(address, signingPlace, EnumSet.copyOf(Arrays.asList(only)), signOffs, names);
    }

    /** The same settings with other signature places for one form. */
    public FormSettings withSignOffs(PrintedForm form, SignOffRole... roles) {
        Map<PrintedForm, List<SignOffRole>> changed = new EnumMap<>(PrintedForm.class);
        changed.putAll(signOffs);
        changed.put(Objects.requireNonNull(form, "form"), List.of(roles));
        return new FormSettings(address, signingPlace, forms, changed, names);
    }

    /** The same settings printing {@code fullName} under every signature place of {@code role}. */
    public FormSettings withName(SignOffRole role, String fullName) {
        Map<SignOffRole, String> changed = new EnumMap<>(SignOffRole.class);
        changed.putAll(names);
        changed.put(Objects.requireNonNull(role, "role"), FormText.nfc(fullName));
        return new FormSettings(address, signingPlace, forms, signOffs, changed);
    }

    /** The signature places of a form. */
    public List<SignOffRole> signOffsOf(PrintedForm form) {
        return signOffs.getOrDefault(form, List.of());
    }
}
