#include "gui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "core/BuildInfo.h"
#include "engine/ComponentVersions.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>

namespace Berth::Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/berth.svg")).pixmap(64, 64));
    m_ui->titleLabel->setText(
        QStringLiteral("<h2>%1</h2>").arg(BuildInfo::versionLine().toHtmlEscaped()));
    m_ui->titleLabel->setTextFormat(Qt::RichText);

    const auto versions = componentVersions();
    for (const ComponentVersion &component : versions)
        new QTreeWidgetItem(m_ui->componentsView, {component.name, component.version});
    m_ui->componentsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionsText()); });
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionsText() const
{
    QString text = BuildInfo::versionLine() + QLatin1Char('\n');
    for (int i = 0; i < m_ui->componentsView->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->componentsView->topLevelItem(i);
        text += item->text(0) + QLatin1Char(' ') + item->text(1) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Berth::Gui
