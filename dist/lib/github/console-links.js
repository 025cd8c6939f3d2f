const enc = (id) => encodeURIComponent(id).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const aws = (service, fragment) => (id, region) => `https://${region}.console.aws.amazon.com/${service}/home?region=${region}#${fragment(enc(id))}`;
const AWS_LINKS = {
    aws_instance: aws("ec2", (id) => `InstanceDetails:instanceId=${id}`),
    aws_security_group: aws("ec2", (id) => `SecurityGroup:groupId=${id}`),
    aws_vpc: aws("vpcconsole", (id) => `VpcDetails:VpcId=${id}`),
    aws_subnet: aws("vpcconsole", (id) => `SubnetDetails:subnetId=${id}`),
    aws_db_instance: aws("rds", (id) => `database:id=${id}`),
    aws_lambda_function: aws("lambda", (id) => `/functions/${id}`),
};
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
/** An Azure resource id is the portal path itself; one with unusual characters gets no link. */
const AZURE_ID = /^\/subscriptions\/[A-Za-z0-9._\-/]{1,1000}$/;
export function consoleLink(provider, type, id, region) {
    if (provider === "aws") {
        const link = AWS_LINKS[type];
        return link && AWS_REGION.test(region) ? link(id, region) : null;
    }
    if (provider === "azure")
        return AZURE_ID.test(id) ? `https://portal.azure.com/#resource${id}` : null;
    return null;
}
