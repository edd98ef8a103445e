using Microsoft.Extensions.Options;

namespace FrontDoor.Functions.Staff;

/// <summary>
/// In Development with no staff configured, the demo council's staff: one of each role, so the
/// development sign-in page has someone to sign in as. Never used outside Development.
/// </summary>
public sealed class DemoStaff(IHostEnvironment environment) : IPostConfigureOptions<StaffOptions>
{
    public static IReadOnlyList<StaffMember> Members { get; } =
    [
        new() { Id = "demo-worker-brookside", Name = "Asha (family worker, Brookside)", Email = "asha@calderbrook.example", Role = StaffRole.Worker, Centres = ["brookside"] },
        new() { Id = "demo-worker-millfield", Name = "Tom (family worker, Millfield)", Email = "tom@calderbrook.example", Role = StaffRole.Worker, Centres = ["millfield"] },
        new() { Id = "demo-worker-eastgate", Name = "Priya (family worker, Eastgate)", Email = "priya@calderbrook.example", Role = StaffRole.Worker, Centres = ["eastgate"] },
        new() { Id = "demo-manager-brookside", Name = "Grace (centre manager, Brookside)", Email = "grace@calderbrook.example", Role = StaffRole.CentreManager, Centres = ["brookside"] },
        new() { Id = "demo-cluster-north", Name = "Sam (cluster manager, North)", Email = "sam@calderbrook.example", Role = StaffRole.ClusterManager, Centres = ["brookside", "millfield"] },
        new() { Id = "demo-admin", Name = "Morgan (council admin)", Email = "morgan@calderbrook.example", Role = StaffRole.CouncilAdmin, Centres = [] },
    ];

    public void PostConfigure(string? name, StaffOptions options)
    {
        if (environment.IsDevelopment() && options.Members.Count == 0)
        {
            options.Members.AddRange(Members.Select(m => new StaffMember { Id = m.Id, Name = m.Name, Email = m.Email, Role = m.Role, Centres = [.. m.Centres] }));
        }
    }
}
