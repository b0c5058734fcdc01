#include "gui/PlaceholderPage.h"

#include "core/Project.h"
#include "gui/PageHeader.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace Berth::Gui {

PlaceholderPage::PlaceholderPage(PageId page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
{
    setObjectName(Pages::key(page) + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(
        new PageHeader(Pages::icon(page), Pages::title(page), Pages::purpose(page), this));

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    auto *coming = new QLabel(Pages::comingSoon(page), card);
    coming->setObjectName(QStringLiteral("comingSoonLabel"));
    coming->setWordWrap(true);
    coming->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    cardLayout->addWidget(coming);
    layout->addWidget(card);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("projectFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_facts);
    layout->addStretch(1);
}

void PlaceholderPage::setProject(const Project *project)
{
    if (!project) {
        m_facts->clear();
        return;
    }
    auto item = [](const QString &label, const QString &value) {
        return QStringLiteral("<li><b>%1</b> %2</li>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html;
    switch (m_page) {
    case PageId::Config:
        html += item(tr("Configuration:"), QDir::toNativeSeparators(project->configPath()));
        html += item(tr("Destinations:"),
                     project->destinations().isEmpty()
                         ? tr("none (only the default configuration)")
                         : project->destinations().join(QStringLiteral(", ")));
        break;
    case PageId::Secrets:
        html += item(tr("Secrets files:"),
                     project->secretsFiles().isEmpty()
                         ? tr("none found in .kamal/")
                         : project->secretsFiles().join(QStringLiteral(", ")));
        break;
    case PageId::Deploy:
    case PageId::Releases:
    case PageId::Servers:
    case PageId::Backups: break;
    }
    m_facts->setText(html.isEmpty() ? QString()
                                    : tr("<p>In this project:</p>") + QStringLiteral("<ul>") + html
                             + QStringLiteral("</ul>"));
}

} // namespace Berth::Gui
