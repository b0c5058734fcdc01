// KeychainSecretStore against a real Secret Service (gnome-keyring on a private D-Bus,
// started by tests/env/testenv) — and against a bus without one.
#include "TestEnv.h"
#include "secrets/KeychainSecretStore.h"

#include <QDeadlineTimer>
#include <QUuid>

using namespace Berth;

namespace {

// Runs an asynchronous store call and waits (bounded) for its callback.
template<typename T, typename Call>
std::optional<Result<T>> await(Call call)
{
    std::optional<Result<T>> outcome;
    call([&outcome](Result<T> result) { outcome = std::move(result); });
    const QDeadlineTimer deadline(10000);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(20);
    return outcome; // empty when the keychain never answered: the caller's QVERIFY fails
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    void useTestSecretService()
    {
        BERTH_REQUIRE_TESTENV();
        qputenv("DBUS_SESSION_BUS_ADDRESS", TestEnv::value("BERTH_TEST_DBUS_ADDRESS").toUtf8());
    }

private Q_SLOTS:
    void roundTripsThroughTheSecretService()
    {
        useTestSecretService();
        KeychainSecretStore store(QStringLiteral("Berth test/") + QUuid::createUuid().toString());
        const QString value = QStringLiteral("pässwörd with spaces, \"quotes\" and ünïcødé ✓");
        auto written = await<void>(
            [&](auto done) { store.write(QStringLiteral("POSTGRES_PASSWORD"), value, done); });
        QVERIFY(written && written->has_value());
        auto read = await<QString>(
            [&](auto done) { store.read(QStringLiteral("POSTGRES_PASSWORD"), done); });
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, value);
        auto removed = await<void>(
            [&](auto done) { store.remove(QStringLiteral("POSTGRES_PASSWORD"), done); });
        QVERIFY(removed && removed->has_value());
        auto gone = await<QString>(
            [&](auto done) { store.read(QStringLiteral("POSTGRES_PASSWORD"), done); });
        QVERIFY(gone && !gone->has_value());
        QCOMPARE(gone->error().code, QStringLiteral("keychain.not-found"));
    }

    void checkAvailableSucceeds()
    {
        useTestSecretService();
        KeychainSecretStore store(QStringLiteral("Berth test/availability"));
        auto available = await<void>([&](auto done) { store.checkAvailable(done); });
        QVERIFY(available);
        QVERIFY2(available->has_value(),
                 available->has_value() ? "" : qPrintable(available->error().detail));
    }

    void readingAMissingEntrySaysSo()
    {
        useTestSecretService();
        KeychainSecretStore store(QStringLiteral("Berth test/") + QUuid::createUuid().toString());
        auto read
            = await<QString>([&](auto done) { store.read(QStringLiteral("NEVER_WRITTEN"), done); });
        QVERIFY(read && !read->has_value());
        QCOMPARE(read->error().code, QStringLiteral("keychain.not-found"));
        QVERIFY(read->error().message.contains(QLatin1String("NEVER_WRITTEN")));
    }

    void failsClearlyWithoutASecretService()
    {
        // ctest points DBUS_SESSION_BUS_ADDRESS at nothing for this case.
        KeychainSecretStore store(QStringLiteral("Berth test/none"));
        auto available = await<void>([&](auto done) { store.checkAvailable(done); });
        QVERIFY(available && !available->has_value());
        QCOMPARE(available->error().code, QStringLiteral("keychain.unavailable"));
        QVERIFY(available->error().message.contains(QLatin1String("Secret Service")));
        auto written = await<void>(
            [&](auto done) { store.write(QStringLiteral("X"), QStringLiteral("y"), done); });
        QVERIFY(written && !written->has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
