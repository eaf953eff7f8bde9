package vn.xuatxu.api.passport.export;

/** The portal contract held by the in-memory fake, so tests that use the fake can trust it. */
class InMemoryPassportPortalContractTest extends PassportPortalContractTest {

    @Override
    Fixture fixture() {
        InMemoryPassportPortal portal = new InMemoryPassportPortal(MAX_ATTEMPTS);
        return Fixture.of(portal, portal, () -> { });
    }
}
