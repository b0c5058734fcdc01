// Fuzzes the parsers of what servers send Berth: the S3 server's ListObjectsV2 and <Error>
// documents, object keys as backups (and the catalog built from a listing), and kamal-proxy's
// and a container's log lines behind a failed health check. The first byte picks the parser.
// Any crash, hang or sanitizer report is a bug; so is a parsed backup that is not its key.
#include "cloud/S3Xml.h"
#include "core/backup/BackupCatalog.h"
#include "core/kamal/HealthCheckDiagnosis.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Berth;

namespace {

void fuzzListing(const QByteArray &xml, bool urlEncoded)
{
    const auto page = Cloud::S3Xml::parseListObjectsV2(xml, urlEncoded);
    if (!page)
        return;
    QList<Backup::StoredObject> objects;
    for (const Cloud::S3Object &object : page->objects)
        objects.append({object.key, object.size, object.lastModified});
    const Backup::BackupCatalog catalog(objects, QStringLiteral("backups"));
    const QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    for (const QString &database : catalog.databases()) {
        for (const Backup::BackupEntry &entry : catalog.backups(database)) {
            if (entry.database != database)
                std::abort(); // `app` must never list `app2`'s backups
        }
        (void)catalog.newest(database);
        (void)catalog.restoreScriptLatest(database);
        (void)catalog.retentionPreview(database, QStringLiteral("7"), now);
    }
}

void fuzzKey(const QString &key)
{
    const auto entry = Backup::BackupCatalog::parseKey(key, QStringLiteral("backups"));
    if (entry && (entry->key != key || entry->database.isEmpty() || entry->timestamp.isEmpty()))
        std::abort();
}

void fuzzHealthCheck(const QByteArray &data)
{
    // state, container log, proxy log and the failure, separated by NUL bytes.
    const QList<QByteArray> parts = data.split('\0');
    Kamal::HealthCheckFacts facts;
    facts.state = QString::fromUtf8(parts.value(0));
    facts.containerLog = QString::fromUtf8(parts.value(1));
    facts.proxyLog = QString::fromUtf8(parts.value(2));
    facts.failure = QString::fromUtf8(parts.value(3));
    Kamal::HealthCheckProbe probe;
    probe.container = QStringLiteral("app-web-v2");
    const Kamal::HealthCheckExplanation explanation
        = Kamal::HealthCheckExplainer::explain(probe, facts);
    if (explanation.summary.isEmpty())
        std::abort(); // every failure gets a sentence
    (void)explanation.text();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1,
                          static_cast<qsizetype>(size - 1));
    switch (data[0] % 5) {
    case 0: fuzzListing(rest, false); break;
    case 1: fuzzListing(rest, true); break;
    case 2: (void)Cloud::S3Xml::parseError(rest); break;
    case 3: fuzzKey(QString::fromUtf8(rest)); break;
    default: fuzzHealthCheck(rest); break;
    }
    return 0;
}
