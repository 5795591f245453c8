using System.Text;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;

namespace SharedWarehouse.UnitTests.Payments;

public sealed class SimulatorSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-secret");

    private static Dictionary<string, string> Fields() => new(StringComparer.Ordinal)
    {
        ["status"] = "success", ["amount_fen"] = "12345", ["charge_id"] = "c1", ["notify_id"] = "n1",
    };

    [Fact]
    public void The_canonical_payload_sorts_fields_by_name_and_leaves_out_the_signature()
    {
        var fields = Fields();
        fields["sign"] = "whatever";
        SimulatorSignature.Canonical(fields).ShouldBe("amount_fen=12345&charge_id=c1&notify_id=n1&status=success");
    }

    [Fact]
    public void A_signed_payload_verifies_whatever_the_field_order()
    {
        var fields = Fields();
        var signed = new Dictionary<string, string>(fields.Reverse()) { ["sign"] = SimulatorSignature.Sign(fields, Secret) };
        SimulatorSignature.IsValid(signed, Secret).ShouldBeTrue();
    }

    [Fact]
    public void A_changed_amount_breaks_the_signature()
    {
        var fields = Fields();
        fields["sign"] = SimulatorSignature.Sign(fields, Secret);
        fields["amount_fen"] = "1";
        SimulatorSignature.IsValid(fields, Secret).ShouldBeFalse();
    }

    [Fact]
    public void Another_secret_or_a_missing_signature_does_not_verify()
    {
        var fields = Fields();
        fields["sign"] = SimulatorSignature.Sign(fields, Encoding.UTF8.GetBytes("other"));
        SimulatorSignature.IsValid(fields, Secret).ShouldBeFalse();
        SimulatorSignature.IsValid(Fields(), Secret).ShouldBeFalse();
    }
}
